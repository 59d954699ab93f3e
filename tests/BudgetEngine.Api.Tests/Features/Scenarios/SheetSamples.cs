using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace BudgetEngine.Api.Tests.Features.Scenarios;

/// <summary>The sample budget table and the requests that import it.</summary>
public static class SheetSamples
{
    /// <summary>samples/gooi-en-vechtstreek-ghnt-2018-2021.csv as saved by Excel ("CSV UTF-8": with a BOM).</summary>
    public static byte[] GooiEnVechtstreekCsv => File.ReadAllBytes(Path.Combine(Repository.Samples, "gooi-en-vechtstreek-ghnt-2018-2021.csv"));

    /// <summary>The JSON sample without what the table holds (lines, declared totals and results): the import's scenario part.</summary>
    public static string GooiEnVechtstreekScenarioPart
    {
        get
        {
            var scenario = JsonNode.Parse(Repository.GooiEnVechtstreek)!.AsObject();
            scenario.Remove("lines");
            scenario["declared"]!.AsObject().Remove("totals");
            scenario["declared"]!.AsObject().Remove("results");
            return scenario.ToJsonString();
        }
    }

    /// <summary>A multipart import: the table as a file part, the scenario part as a field.</summary>
    public static MultipartFormDataContent Multipart(byte[] table, string? scenarioPart = null, string tableContentType = "text/csv")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(table);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(tableContentType);
        form.Add(file, "table", "begroting.csv");
        if (scenarioPart is not null) form.Add(new StringContent(scenarioPart, Encoding.UTF8, "application/json"), "scenario");
        return form;
    }

    /// <summary>A text/csv body.</summary>
    public static ByteArrayContent TextCsv(byte[] table, string? charset = null)
    {
        var content = new ByteArrayContent(table);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = charset };
        return content;
    }

    /// <summary>A small table written as UTF-8 without a BOM, rows joined with CRLF.</summary>
    public static byte[] Table(params string[] rows) => Encoding.UTF8.GetBytes(string.Join("\r\n", rows) + "\r\n");
}
