using BudgetEngine.Formats.Read;
using System.Globalization;
using System.Text;
using System.Text.Json;
using BudgetEngine.Contracts;
using BudgetEngine.Api.Infrastructure.Errors;
using BudgetEngine.Contracts.Json;
using Microsoft.Net.Http.Headers;

namespace BudgetEngine.Api.Features.Scenarios;

/// <summary>
/// The body of POST /v1/scenarios/import, read in full: a <c>text/csv</c> or .xlsx body, or <c>multipart/form-data</c> with the
/// parts <c>table</c> (the CSV file or the workbook), <c>scenario</c> (JSON: the scenario without lines) and optionally
/// <c>organisation</c>, <c>name</c>, <c>firstYear</c>, <c>lastYear</c>. Reading never throws: what is wrong is kept in
/// <see cref="Errors"/> or <see cref="Status"/>. Serialisable, so an Idempotency-Key can hash it.
/// </summary>
public sealed class TableUpload
{
    /// <summary>The largest table accepted, in bytes (a budget table is a few kilobytes).</summary>
    public const int MaxTableBytes = 1024 * 1024;

    private static readonly string[] Parts = ["table", "scenario", "organisation", "name", "firstYear", "lastYear"];

    /// <summary>The table file's bytes: CSV, or an .xlsx workbook (<see cref="IsXlsx"/>).</summary>
    public byte[] Table { get; init; } = [];

    /// <summary>True when the table is an Excel workbook (.xlsx): sent as its media type, or as a part whose bytes are a workbook's.</summary>
    public bool IsXlsx { get; init; }

    /// <summary>The charset the sender named for the table, if any.</summary>
    public string? Charset { get; init; }

    /// <summary>The multipart fields other than the table, as sent.</summary>
    public Dictionary<string, string> Fields { get; init; } = [];

    /// <summary>What is wrong with the body's parts.</summary>
    public List<ImportError> Errors { get; init; } = [];

    /// <summary>A status other than 400 the body calls for (413 too large, 415 wrong media type), with its detail.</summary>
    public (int Code, string Detail)? Status { get; init; }

    /// <summary>Minimal API binding: reads the body as the request's Content-Type says.</summary>
    public static async ValueTask<TableUpload> BindAsync(HttpContext context)
    {
        var request = context.Request;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType))
        {
            return Unsupported();
        }
        if (mediaType.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase))
        {
            var (bytes, tooLarge) = await ReadLimited(request.Body, context.RequestAborted);
            return tooLarge ? TooLarge() : new TableUpload { Table = bytes, Charset = mediaType.Charset.Value };
        }
        if (mediaType.MediaType.Equals(BudgetEngine.Formats.Write.XlsxWorkbook.MediaType, StringComparison.OrdinalIgnoreCase))
        {
            var (bytes, tooLarge) = await ReadLimited(request.Body, context.RequestAborted);
            return tooLarge ? TooLarge() : new TableUpload { Table = bytes, IsXlsx = true };
        }
        if (mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return await ReadMultipart(request, context.RequestAborted);
        }
        return Unsupported();
    }

    /// <summary>The scenario's fields from the query and the multipart fields; a field given in both must be the same.</summary>
    public ImportFields ToFields(ImportQuery query)
    {
        var year = (string field, int? fromQuery) =>
        {
            var text = Field(field, fromQuery?.ToString(CultureInfo.InvariantCulture));
            if (text is null) return (int?)null;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return value;
            Errors.Add(new ImportError(field, ImportTexts.Of("Upload.NotAYear", ImportTexts.Text(text))));
            return null;
        };
        return new ImportFields(
            Field("organisation", query.Organisation),
            Field("name", query.Name),
            year("firstYear", query.FirstYear),
            year("lastYear", query.LastYear),
            ScenarioPart());
    }

    private string? Field(string name, string? fromQuery)
    {
        var fromForm = Fields.GetValueOrDefault(name);
        if (fromQuery is not null && fromForm is not null && fromQuery != fromForm)
        {
            Errors.Add(new ImportError(name, ImportTexts.Of("Upload.GivenTwice", ImportTexts.Text(name), ImportTexts.Text(fromQuery), ImportTexts.Text(fromForm))));
        }
        return fromQuery ?? fromForm;
    }

    private ScenarioDto? ScenarioPart()
    {
        if (!Fields.TryGetValue("scenario", out var json) || string.IsNullOrWhiteSpace(json)) return null;
        try
        {
            return JsonSerializer.Deserialize<ScenarioDto>(json, ApiJson.Options);
        }
        catch (JsonException e)
        {
            var error = JsonErrors.Describe(e, typeof(ScenarioDto));
            Errors.Add(new ImportError("scenario" + error.Path, error.Message) { Text = error.Text });
            return null;
        }
    }

    private static async Task<TableUpload> ReadMultipart(HttpRequest request, CancellationToken ct)
    {
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return new TableUpload { Errors = [new ImportError("body", ImportTexts.Of("Upload.MultipartUnreadable"))] };
        }

        var errors = new List<ImportError>();
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        byte[]? table = null;
        string? charset = null;
        foreach (var name in form.Keys.Concat(form.Files.Select(f => f.Name)).Distinct(StringComparer.Ordinal))
        {
            if (!Parts.Contains(name, StringComparer.Ordinal))
            {
                errors.Add(new ImportError(name, ImportTexts.Of("Upload.PartUnknown", ImportTexts.Text(name), ImportTexts.Text(string.Join(", ", Parts)))));
            }
        }
        foreach (var file in form.Files)
        {
            if (file.Length > MaxTableBytes) return TooLarge();
            using var stream = new MemoryStream();
            await file.CopyToAsync(stream, ct);
            if (file.Name == "table")
            {
                table = stream.ToArray();
                charset = MediaTypeHeaderValue.TryParse(file.ContentType, out var type) ? type.Charset.Value : null;
            }
            else if (Parts.Contains(file.Name, StringComparer.Ordinal))
            {
                fields[file.Name] = Encoding.UTF8.GetString(stream.ToArray()).TrimStart('\uFEFF');
            }
        }
        foreach (var (name, values) in form)
        {
            if (name == "table")
            {
                if (table is not null) errors.Add(new ImportError("table", ImportTexts.Of("Upload.TableTwice")));
                table ??= Encoding.UTF8.GetBytes(values.ToString());
                charset ??= "utf-8";
            }
            else if (Parts.Contains(name, StringComparer.Ordinal))
            {
                fields[name] = values.ToString();
            }
        }
        if (table is null)
        {
            errors.Add(new ImportError("table", ImportTexts.Of("Upload.TableMissing")));
        }
        var isXlsx = table is not null && XlsxReader.LooksLikeXlsx(table);
        return new TableUpload { Table = table ?? [], Charset = isXlsx ? null : charset, IsXlsx = isXlsx, Fields = fields, Errors = errors };
    }

    private static async Task<(byte[] Bytes, bool TooLarge)> ReadLimited(Stream body, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxTableBytes) return ([], true);
            buffer.Write(chunk, 0, read);
        }
        return (buffer.ToArray(), false);
    }

    private static TableUpload Unsupported() => new()
    {
        Status = (StatusCodes.Status415UnsupportedMediaType,
            "Send the table as text/csv or as an Excel workbook (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet), the scenario's fields as query parameters, "
            + "or as multipart/form-data with a 'table' part (CSV or .xlsx) and optionally a 'scenario' part."),
    };

    private static TableUpload TooLarge() => new()
    {
        Status = (StatusCodes.Status413PayloadTooLarge, $"The table is larger than {MaxTableBytes / 1024} KB; a budget table is a few kilobytes. Send only the table."),
    };
}
