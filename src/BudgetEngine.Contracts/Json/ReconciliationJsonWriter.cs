using System.Buffers;
using System.IO.Pipelines;
using System.Text.Encodings.Web;
using System.Text.Json;
using BudgetEngine.Contracts;
using BudgetEngine.Contracts.Mapping;
using BudgetEngine.Core.Actuals;
using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.LineTotals;
using BudgetEngine.Core.Reconciliation;

namespace BudgetEngine.Contracts.Json;

/// <summary>
/// Writes a core <see cref="BudgetReconciliation"/> as JSON straight from the core's records, without the DTO graph:
/// exactly the bytes of <c>JsonSerializer.Serialize(ReconciliationMapper.ToDto(r, view, language), options)</c> (the findings' messages in the reader's language) for the API's JSON
/// options (the same property names and order, amounts as <see cref="Money.Euros"/> through
/// <c>WriteNumberValue(decimal)</c> would write them, nulls written, enums by their wire names), escaping strings with the encoder of
/// those options: <see cref="ApiJson.Options"/> has the serializer's default one, while ASP.NET Core's HTTP JSON options,
/// which the endpoints answer with, have <c>UnsafeRelaxedJsonEscaping</c> (ö, € and + ' &lt; &gt; &amp; unescaped).
/// Proven byte for byte under both by ReconciliationJsonWriterTests; a new field on <see cref="ReconciliationDto"/> must
/// be added here too (those tests fail until it is).
/// </summary>
/// <remarks>
/// Writing into a <see cref="PipeWriter"/> (the response body) flushes every <see cref="FlushThresholdBytes"/>, so a
/// ~350 KB reconciliation goes out in pooled segments and never as one large array (the Large Object Heap).
/// </remarks>
public static class ReconciliationJsonWriter
{
    /// <summary>How many bytes are written before the pipe is flushed to the client.</summary>
    public const int FlushThresholdBytes = 32 * 1024;

    private static readonly JsonEncodedText[] Severities = WireNames<SeverityDto>();
    private static readonly JsonEncodedText[] Recognitions = WireNames<RecognitionDto>();
    private static readonly JsonEncodedText[] Bases = WireNames<BasisDto>();

    /// <summary>
    /// Writes the reconciliation into <paramref name="output"/> and flushes it, also every <see cref="FlushThresholdBytes"/> on
    /// the way, as <c>JsonSerializer</c> would with options whose encoder is <paramref name="encoder"/> (null: the default).
    /// </summary>
    public static async ValueTask WriteAsync(PipeWriter output, BudgetReconciliation reconciliation, ReconciliationView view, MessageLanguage language, JavaScriptEncoder? encoder, CancellationToken ct)
    {
        var json = new Utf8JsonWriter(output, WriterOptions(encoder));
        await WriteCoreAsync(json, reconciliation, view, language, output, ct);
        await json.DisposeAsync();
        await output.FlushAsync(ct);
    }

    /// <summary>Writes the reconciliation into <paramref name="output"/> in one go (nothing is flushed anywhere), escaping with <paramref name="encoder"/> (null: the default).</summary>
    public static void Write(IBufferWriter<byte> output, BudgetReconciliation reconciliation, ReconciliationView view, MessageLanguage language, JavaScriptEncoder? encoder)
    {
        using var json = new Utf8JsonWriter(output, WriterOptions(encoder));
        var written = WriteCoreAsync(json, reconciliation, view, language, pipe: null, CancellationToken.None);
        // Without a pipe nothing awaits: the task has completed here.
        if (!written.IsCompletedSuccessfully) throw new InvalidOperationException("The reconciliation writer did not complete synchronously.");
    }

    /// <summary>The reconciliation as one UTF-8 array of exactly its length (for the stored-reconciliation cache), escaping with <paramref name="encoder"/>.</summary>
    public static byte[] ToUtf8Bytes(BudgetReconciliation reconciliation, ReconciliationView view, MessageLanguage language, JavaScriptEncoder? encoder)
    {
        using var buffer = new PooledBufferWriter();
        Write(buffer, reconciliation, view, language, encoder);
        return buffer.WrittenSpan.ToArray();
    }

    private static async ValueTask WriteCoreAsync(Utf8JsonWriter json, BudgetReconciliation reconciliation, ReconciliationView view, MessageLanguage language, PipeWriter? pipe, CancellationToken ct)
    {
        var flushedAt = 0L;
        json.WriteStartObject();

        json.WriteStartArray(Names.Years);
        // Indexed loops: foreach over an IReadOnlyList allocates an enumerator, thousands of them per region.
        var years = reconciliation.Years;
        for (var i = 0; i < years.Count; i++) WriteYear(json, years[i]);
        json.WriteEndArray();

        json.WriteStartArray(Names.Findings);
        var findings = reconciliation.Findings;
        for (var i = 0; i < findings.Count; i++)
        {
            WriteFinding(json, findings[i], language);
            if (pipe is not null && json.BytesCommitted + json.BytesPending - flushedAt >= FlushThresholdBytes) flushedAt = await FlushAsync(json, pipe, ct);
        }
        json.WriteEndArray();

        if (view == ReconciliationView.Full)
        {
            json.WriteStartArray(Names.Allocations);
            var allocations = reconciliation.Allocations;
            for (var i = 0; i < allocations.Count; i++)
            {
                WriteAllocation(json, allocations[i]);
                if (pipe is not null && json.BytesCommitted + json.BytesPending - flushedAt >= FlushThresholdBytes) flushedAt = await FlushAsync(json, pipe, ct);
            }
            json.WriteEndArray();
        }

        json.WriteStartObject(Names.Options);
        json.WriteString(Names.Recognition, Recognitions[(int)WireEnums.ToDto(reconciliation.Options.Recognition)]);
        json.WriteBoolean(Names.IncludeConditional, reconciliation.Options.IncludeConditional);
        json.WriteString(Names.Basis, Bases[(int)WireEnums.ToDto(reconciliation.Options.Basis)]);
        json.WriteEndObject();

        json.WriteEndObject();
    }

    /// <summary>Not indented, as the API's options are; validation skipped, as the serializer skips it.</summary>
    private static JsonWriterOptions WriterOptions(JavaScriptEncoder? encoder) => new() { Encoder = encoder, Indented = false, SkipValidation = true };

    /// <summary>Hands what is written to the pipe and sends it; returns how many bytes have been flushed in all.</summary>
    private static async ValueTask<long> FlushAsync(Utf8JsonWriter json, PipeWriter pipe, CancellationToken ct)
    {
        json.Flush();
        await pipe.FlushAsync(ct);
        return json.BytesCommitted;
    }

    private static void WriteYear(Utf8JsonWriter json, YearReconciliation year)
    {
        json.WriteStartObject();
        json.WriteNumber(Names.Year, year.Year);
        WriteEuros(json, Names.OpeningBalance, year.OpeningBalance);
        WriteEuros(json, Names.Income, year.Income);
        WriteEuros(json, Names.Costs, year.Costs);
        WriteEuros(json, Names.ClosingBalance, year.ClosingBalance);
        WriteEuros(json, Names.Lapsed, year.Lapsed);
        WriteEuros(json, Names.Repaid, year.Repaid);
        json.WriteStartArray(Names.BySource);
        var sources = year.BySource;
        for (var i = 0; i < sources.Count; i++)
        {
            var source = sources[i];
            json.WriteStartObject();
            json.WriteString(Names.Source, source.Source);
            WriteEuros(json, Names.OpeningBalance, source.OpeningBalance);
            WriteEuros(json, Names.Income, source.Income);
            WriteEuros(json, Names.Costs, source.Costs);
            WriteEuros(json, Names.ClosingBalance, source.ClosingBalance);
            WriteEuros(json, Names.Lapsed, source.Lapsed);
            WriteEuros(json, Names.Repaid, source.Repaid);
            WriteEuros(json, Names.Shortfall, source.Shortfall);
            WriteEuros(json, Names.ConditionalUse, source.ConditionalUse);
            WriteEuros(json, Names.DeficitToUnfunded, source.DeficitToUnfunded);
            WriteEuros(json, Names.DeficitSettled, source.DeficitSettled);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        var unfunded = year.Unfunded;
        json.WriteStartObject(Names.Unfunded);
        WriteEuros(json, Names.OpeningBalance, unfunded.OpeningBalance);
        WriteEuros(json, Names.Income, unfunded.Income);
        WriteEuros(json, Names.Costs, unfunded.Costs);
        WriteEuros(json, Names.DeficitsFromSources, unfunded.DeficitsFromSources);
        WriteEuros(json, Names.ClosingBalance, unfunded.ClosingBalance);
        json.WriteEndObject();
        WriteGroups(json, Names.ByActielijn, Names.Actielijn, year.ByActielijn, named: false);
        WriteGroups(json, Names.ByTaakveld, Names.Taakveld, year.ByTaakveld, named: true);
        if (year.Realisatie is { } realisatie) WriteRealisatie(json, realisatie);
        json.WriteEndObject();
    }

    /// <summary>A year's budgeted and actual figures and their difference, for the budget and per source.</summary>
    private static void WriteRealisatie(Utf8JsonWriter json, YearRealisatie realisatie)
    {
        json.WriteStartObject(Names.Realisatie);
        WriteFigures(json, Names.Budgeted, realisatie.Budgeted);
        WriteFigures(json, Names.Actual, realisatie.Actual);
        WriteFigures(json, Names.Difference, realisatie.Difference);
        json.WriteStartArray(Names.BySource);
        for (var i = 0; i < realisatie.BySource.Count; i++)
        {
            var source = realisatie.BySource[i];
            json.WriteStartObject();
            json.WriteString(Names.Source, source.Source);
            WriteFigures(json, Names.Budgeted, source.Budgeted);
            WriteFigures(json, Names.Actual, source.Actual);
            WriteFigures(json, Names.Difference, source.Difference);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFigures(Utf8JsonWriter json, JsonEncodedText name, RealisatieFigures figures)
    {
        json.WriteStartObject(name);
        WriteEuros(json, Names.Income, figures.Income);
        WriteEuros(json, Names.Costs, figures.Costs);
        WriteEuros(json, Names.ClosingBalance, figures.ClosingBalance);
        json.WriteEndObject();
    }

    /// <summary>A year's costs per group of lines; a taakveld's (<paramref name="named"/>) with its name from the Iv3 list.</summary>
    private static void WriteGroups(Utf8JsonWriter json, JsonEncodedText property, JsonEncodedText key, IReadOnlyList<LineGroupCosts> groups, bool named)
    {
        json.WriteStartArray(property);
        for (var i = 0; i < groups.Count; i++)
        {
            var group = groups[i];
            json.WriteStartObject();
            json.WriteString(key, group.Key);
            if (named) json.WriteString(Names.Name, Iv3Taakvelden.Find(group.Key)?.Name);
            WriteEuros(json, Names.Costs, group.Costs);
            json.WriteStartArray(Names.Sources);
            for (var j = 0; j < group.Sources.Count; j++)
            {
                json.WriteStartObject();
                json.WriteString(Names.Source, group.Sources[j].Source);
                WriteEuros(json, Names.Amount, group.Sources[j].Amount);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            WriteEuros(json, Names.Unfunded, group.Unfunded);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding finding, MessageLanguage language)
    {
        json.WriteStartObject();
        json.WriteString(Names.Code, finding.Code);
        json.WriteString(Names.Severity, Severities[(int)WireEnums.ToDto(finding.Severity)]);
        if (finding.Year is { } year) json.WriteNumber(Names.Year, year);
        else json.WriteNull(Names.Year);
        json.WriteString(Names.Source, finding.Source);
        json.WriteString(Names.Line, finding.Line);
        if (finding.Amount is { } amount) WriteEuros(json, Names.Amount, amount);
        else json.WriteNull(Names.Amount);
        json.WriteString(Names.Message, finding.MessageIn(language));
        json.WriteString(Names.Suggestion, finding.Suggestion);
        json.WriteEndObject();
    }

    private static void WriteAllocation(Utf8JsonWriter json, LineAllocation allocation)
    {
        json.WriteStartObject();
        json.WriteString(Names.Line, allocation.Line);
        json.WriteNumber(Names.Year, allocation.Year);
        WriteEuros(json, Names.Amount, allocation.Amount);
        json.WriteStartArray(Names.Sources);
        var shares = allocation.Sources;
        for (var i = 0; i < shares.Count; i++)
        {
            var share = shares[i];
            json.WriteStartObject();
            json.WriteString(Names.Source, share.Source);
            WriteEuros(json, Names.Amount, share.Amount);
            WriteEuros(json, Names.Conditional, share.Conditional);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        WriteEuros(json, Names.Shortfall, allocation.Shortfall);
        json.WriteString(Names.AccountableSource, allocation.AccountableSource);
        json.WriteStartArray(Names.Settled);
        var settled = allocation.Settled;
        for (var i = 0; i < settled.Count; i++)
        {
            json.WriteStartObject();
            json.WriteString(Names.Source, settled[i].Source);
            json.WriteNumber(Names.Year, settled[i].Year);
            WriteEuros(json, Names.Amount, settled[i].Amount);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>
    /// An amount as <c>WriteNumber(name, amount.Euros)</c> writes it (two decimals, no exponent, '.' for the point), formatted
    /// straight from the cents: writing the decimal took a tenth of a full POST's time (docs/decisions).
    /// </summary>
    private static void WriteEuros(Utf8JsonWriter json, JsonEncodedText name, Money amount)
    {
        Span<byte> text = stackalloc byte[Money.MaxInvariantUtf8Length];
        // Every amount is within Money.MaxEuros, so its notation fits; never write an empty value if that ever changed.
        if (!amount.TryFormatInvariantUtf8(text, out var length)) throw new InvalidOperationException($"The amount {amount} does not fit its notation's buffer.");
        json.WritePropertyName(name);
        json.WriteRawValue(text[..length], skipInputValidation: true);
    }

    /// <summary>Each member's wire name (as the JSON options' enum converter writes it), indexed by the member's value.</summary>
    private static JsonEncodedText[] WireNames<TEnum>() where TEnum : struct, Enum
    {
        var members = Enum.GetValues<TEnum>();
        var names = new JsonEncodedText[members.Length];
        foreach (var member in members) names[Convert.ToInt32(member, System.Globalization.CultureInfo.InvariantCulture)] = Names.EncodeAscii(ApiJson.WireName(member));
        return names;
    }

    /// <summary>
    /// The property names of the reconciliation's DTOs, camelCase as <see cref="ApiJson.Options"/> names them, encoded once.
    /// They and the enums' wire names are letters and '-' only, which no encoder escapes: one encoding serves every encoder.
    /// </summary>
    private static class Names
    {
        public static readonly JsonEncodedText Years = Encode(nameof(ReconciliationDto.Years));
        public static readonly JsonEncodedText Findings = Encode(nameof(ReconciliationDto.Findings));
        public static readonly JsonEncodedText Allocations = Encode(nameof(ReconciliationDto.Allocations));
        public static readonly JsonEncodedText Options = Encode(nameof(ReconciliationDto.Options));
        public static readonly JsonEncodedText Recognition = Encode(nameof(ReconciliationOptionsDto.Recognition));
        public static readonly JsonEncodedText IncludeConditional = Encode(nameof(ReconciliationOptionsDto.IncludeConditional));
        public static readonly JsonEncodedText Year = Encode(nameof(YearDto.Year));
        public static readonly JsonEncodedText OpeningBalance = Encode(nameof(YearDto.OpeningBalance));
        public static readonly JsonEncodedText Income = Encode(nameof(YearDto.Income));
        public static readonly JsonEncodedText Costs = Encode(nameof(YearDto.Costs));
        public static readonly JsonEncodedText ClosingBalance = Encode(nameof(YearDto.ClosingBalance));
        public static readonly JsonEncodedText Lapsed = Encode(nameof(YearDto.Lapsed));
        public static readonly JsonEncodedText Repaid = Encode(nameof(YearDto.Repaid));
        public static readonly JsonEncodedText BySource = Encode(nameof(YearDto.BySource));
        public static readonly JsonEncodedText Source = Encode(nameof(SourceYearDto.Source));
        public static readonly JsonEncodedText Shortfall = Encode(nameof(SourceYearDto.Shortfall));
        public static readonly JsonEncodedText ConditionalUse = Encode(nameof(SourceYearDto.ConditionalUse));
        public static readonly JsonEncodedText Code = Encode(nameof(FindingDto.Code));
        public static readonly JsonEncodedText Severity = Encode(nameof(FindingDto.Severity));
        public static readonly JsonEncodedText Line = Encode(nameof(FindingDto.Line));
        public static readonly JsonEncodedText Amount = Encode(nameof(FindingDto.Amount));
        public static readonly JsonEncodedText Message = Encode(nameof(FindingDto.Message));
        public static readonly JsonEncodedText Suggestion = Encode(nameof(FindingDto.Suggestion));
        public static readonly JsonEncodedText Sources = Encode(nameof(AllocationDto.Sources));
        public static readonly JsonEncodedText AccountableSource = Encode(nameof(AllocationDto.AccountableSource));
        public static readonly JsonEncodedText Settled = Encode(nameof(AllocationDto.Settled));
        public static readonly JsonEncodedText Unfunded = Encode(nameof(YearDto.Unfunded));
        public static readonly JsonEncodedText DeficitToUnfunded = Encode(nameof(SourceYearDto.DeficitToUnfunded));
        public static readonly JsonEncodedText DeficitSettled = Encode(nameof(SourceYearDto.DeficitSettled));
        public static readonly JsonEncodedText DeficitsFromSources = Encode(nameof(UnfundedDto.DeficitsFromSources));
        public static readonly JsonEncodedText Conditional = Encode(nameof(SourceShareDto.Conditional));
        public static readonly JsonEncodedText ByActielijn = Encode(nameof(YearDto.ByActielijn));
        public static readonly JsonEncodedText ByTaakveld = Encode(nameof(YearDto.ByTaakveld));
        public static readonly JsonEncodedText Actielijn = Encode(nameof(ActielijnCostsDto.Actielijn));
        public static readonly JsonEncodedText Taakveld = Encode(nameof(TaakveldCostsDto.Taakveld));
        public static readonly JsonEncodedText Name = Encode(nameof(TaakveldCostsDto.Name));
        public static readonly JsonEncodedText Basis = Encode(nameof(ReconciliationOptionsDto.Basis));
        public static readonly JsonEncodedText Realisatie = Encode(nameof(YearDto.Realisatie));
        public static readonly JsonEncodedText Budgeted = Encode(nameof(RealisatieDto.Budgeted));
        public static readonly JsonEncodedText Actual = Encode(nameof(RealisatieDto.Actual));
        public static readonly JsonEncodedText Difference = Encode(nameof(RealisatieDto.Difference));

        private static JsonEncodedText Encode(string property) => EncodeAscii(JsonNamingPolicy.CamelCase.ConvertName(property)); // as ApiJson.Configure names them

        public static JsonEncodedText EncodeAscii(string name) =>
            name.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
                ? JsonEncodedText.Encode(name)
                : throw new InvalidOperationException($"'{name}' is not plain ASCII; encode it with the writer's encoder.");
    }
}
