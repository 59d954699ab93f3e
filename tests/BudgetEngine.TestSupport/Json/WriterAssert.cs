using Xunit;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using BudgetEngine.Contracts.Json;
using BudgetEngine.Contracts.Mapping;
using BudgetEngine.Contracts;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Reconciliation;

namespace BudgetEngine.TestSupport.Json;

/// <summary>Compares what <see cref="ReconciliationJsonWriter"/> writes with the serializer's JSON of the DTO, byte for byte.</summary>
public static class WriterAssert
{
    /// <summary>
    /// ASP.NET Core's HTTP JSON options configured as the API configures them (ApplicationServiceExtensions): what
    /// Ok&lt;ReconciliationDto&gt; serialized with. Their encoder is UnsafeRelaxedJsonEscaping, unlike <see cref="ApiJson.Options"/>.
    /// </summary>
    public static readonly JsonSerializerOptions HttpOptions = CreateHttpOptions();

    /// <summary>Both option sets the writer must match: the API's own (default encoder) and the HTTP ones (relaxed encoder).</summary>
    public static readonly JsonSerializerOptions[] OptionSets = [ApiJson.Options, HttpOptions];

    /// <summary>
    /// The reference: the DTO of the view serialized with <paramref name="options"/> (default: the API's JSON options), its
    /// findings' messages in <paramref name="language"/> (default Dutch, as the API answers unless asked for English).
    /// </summary>
    public static byte[] Expected(BudgetReconciliation reconciliation, ReconciliationView view, JsonSerializerOptions? options = null, MessageLanguage language = MessageLanguage.Dutch) =>
        JsonSerializer.SerializeToUtf8Bytes(ReconciliationMapper.ToDto(reconciliation, view, language), options ?? ApiJson.Options);

    /// <summary>
    /// Asserts that the writer, in one go and streamed through a pipe, gives exactly <see cref="Expected"/> under each of
    /// <see cref="OptionSets"/>, in Dutch and in English.
    /// </summary>
    public static async Task SameAsSerializer(BudgetReconciliation reconciliation, ReconciliationView view, string because)
    {
        foreach (var language in new[] { MessageLanguage.Dutch, MessageLanguage.English })
        foreach (var options in OptionSets)
        {
            var expected = Expected(reconciliation, view, options, language);
            var name = $"{(options == ApiJson.Options ? "ApiJson.Options" : "HTTP options")}, {language}";

            Same(ReconciliationJsonWriter.ToUtf8Bytes(reconciliation, view, language, options.Encoder), expected, $"{because} ({view}, {name}, in one go)");
            Same(await ThroughPipe(reconciliation, view, options, language), expected, $"{because} ({view}, {name}, streamed)");
        }
    }

    /// <summary>What <see cref="ReconciliationJsonWriter.WriteAsync"/> sends through a pipe read concurrently, as a response body is.</summary>
    public static async Task<byte[]> ThroughPipe(BudgetReconciliation reconciliation, ReconciliationView view, JsonSerializerOptions options, MessageLanguage language = MessageLanguage.Dutch) =>
        (await ThroughPipeCounting(reconciliation, view, options, language)).Bytes;

    /// <summary>As <see cref="ThroughPipe"/>, with how many flushes the reader saw (reads that ended at a flush).</summary>
    public static async Task<(byte[] Bytes, int Flushes)> ThroughPipeCounting(BudgetReconciliation reconciliation, ReconciliationView view, JsonSerializerOptions options, MessageLanguage language = MessageLanguage.Dutch)
    {
        // A small pause threshold makes the writer's flushes wait for the reader, as a slow client would.
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 8 * 1024, resumeWriterThreshold: 4 * 1024, minimumSegmentSize: 512, useSynchronizationContext: false));
        var reading = Task.Run(async () =>
        {
            using var received = new MemoryStream();
            var reads = 0;
            while (true)
            {
                var result = await pipe.Reader.ReadAsync();
                foreach (var segment in result.Buffer) received.Write(segment.Span);
                if (!result.Buffer.IsEmpty) reads++;
                pipe.Reader.AdvanceTo(result.Buffer.End);
                if (result.IsCompleted) break;
            }
            await pipe.Reader.CompleteAsync();
            return (received.ToArray(), reads);
        });
        await ReconciliationJsonWriter.WriteAsync(pipe.Writer, reconciliation, view, language, options.Encoder, CancellationToken.None);
        await pipe.Writer.CompleteAsync();
        return await reading;
    }

    private static JsonSerializerOptions CreateHttpOptions()
    {
        var options = new Microsoft.AspNetCore.Http.Json.JsonOptions().SerializerOptions;
        ApiJson.Configure(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>Asserts two JSON documents are the same bytes; on failure shows where they part.</summary>
    public static void Same(byte[] actual, byte[] expected, string because)
    {
        if (actual.AsSpan().SequenceEqual(expected)) return;
        var at = actual.AsSpan().CommonPrefixLength(expected);
        string Around(byte[] bytes) => Encoding.UTF8.GetString(bytes, Math.Max(0, at - 60), Math.Min(bytes.Length, at + 60) - Math.Max(0, at - 60));
        Assert.Fail($"{because}: the writer's {actual.Length} bytes differ from the serializer's {expected.Length} at byte {at}.\n"
            + $"writer:     ...{Around(actual)}...\nserializer: ...{Around(expected)}...");
    }
}
