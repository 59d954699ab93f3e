using System.IO.Pipelines;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BudgetEngine.Contracts;
using BudgetEngine.Contracts.Json;
using BudgetEngine.Contracts.Mapping;
using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Reconciliation;

namespace BudgetEngine.Benchmarks;

/// <summary>
/// The alternative to the hand-written <see cref="ReconciliationJsonWriter"/>: map the reconciliation to its DTO and let
/// System.Text.Json's source-generated metadata write it, with the API's JSON options and, optionally, amounts written
/// from their cents (as the hand writer does) instead of through <c>WriteNumberValue(decimal)</c>.
/// </summary>
internal sealed class GeneratedReconciliationJson
{
    private readonly JsonTypeInfo<ReconciliationDto> _typeInfo;

    public GeneratedReconciliationJson(JavaScriptEncoder? encoder, bool amountsFromCents)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ApiJson.Configure(options);
        options.Encoder = encoder;
        if (amountsFromCents)
        {
            options.Converters.Insert(0, new CentsAmountConverter());
        }
        options.TypeInfoResolver = ReconciliationJsonContext.Default;
        options.MakeReadOnly();
        _typeInfo = (JsonTypeInfo<ReconciliationDto>)options.GetTypeInfo(typeof(ReconciliationDto));
    }

    public async ValueTask WriteAsync(PipeWriter output, BudgetReconciliation reconciliation, ReconciliationView view, CancellationToken ct)
    {
        await JsonSerializer.SerializeAsync(output, ReconciliationMapper.ToDto(reconciliation, view, BudgetEngine.Core.Findings.MessageLanguage.Dutch), _typeInfo, ct);
        await output.FlushAsync(ct);
    }

    public byte[] ToUtf8Bytes(BudgetReconciliation reconciliation, ReconciliationView view) =>
        JsonSerializer.SerializeToUtf8Bytes(ReconciliationMapper.ToDto(reconciliation, view, BudgetEngine.Core.Findings.MessageLanguage.Dutch), _typeInfo);

    /// <summary>A wire amount (euros with at most two decimals) written from its cents, as <see cref="Money"/> formats them.</summary>
    private sealed class CentsAmountConverter : JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Only for writing.");

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options)
        {
            Span<byte> buffer = stackalloc byte[32];
            if (!Money.FromEuros(value).TryFormatInvariantUtf8(buffer, out var written))
            {
                throw new InvalidOperationException("An amount did not fit its buffer.");
            }
            writer.WriteRawValue(buffer[..written], skipInputValidation: true);
        }
    }
}

[JsonSerializable(typeof(ReconciliationDto))]
internal sealed partial class ReconciliationJsonContext : JsonSerializerContext;
