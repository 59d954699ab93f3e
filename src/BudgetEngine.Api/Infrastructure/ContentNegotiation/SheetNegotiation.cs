using BudgetEngine.Formats.Write;
using BudgetEngine.Api.Infrastructure.OpenApi;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace BudgetEngine.Api.Infrastructure.ContentNegotiation;

/// <summary>A result that knows the order of its scenario's lines, for sheets that list lines as the begroting does.</summary>
public interface ILineOrdered
{
    /// <summary>The scenario's line names in its order; null when not known.</summary>
    IReadOnlyList<string>? LineOrder { get; }
}

/// <summary>The sheet writers of one kind of answer: as CSV and as an Excel workbook.</summary>
/// <typeparam name="T">What the endpoint answers in JSON.</typeparam>
/// <param name="Csv">The CSV file of an answer (lines in the given order, if any); null when the answer has no CSV form.</param>
/// <param name="Xlsx">The .xlsx bytes of an answer (lines in the given order, if any).</param>
/// <param name="FileStem">The attachment's name without extension, from the request (reconciliation-{id}).</param>
/// <param name="CsvDescription">What the CSV holds, for the OpenAPI document.</param>
/// <param name="XlsxDescription">What the workbook holds, for the OpenAPI document.</param>
public sealed record SheetWriters<T>(
    Func<T, IReadOnlyList<string>?, CsvFile>? Csv,
    Func<T, IReadOnlyList<string>?, byte[]> Xlsx,
    Func<HttpContext, string> FileStem,
    string? CsvDescription,
    string XlsxDescription);

/// <summary>
/// Content negotiation for spreadsheets: an endpoint that answers JSON also answers CSV (<c>text/csv</c>) and an Excel
/// workbook (<c>application/vnd.openxmlformats-officedocument.spreadsheetml.sheet</c>) when the request's Accept header
/// prefers one (explicitly, with a quality at least that of JSON). Problems stay problem+json.
/// </summary>
public static class SheetNegotiation
{
    /// <summary>The media type of CSV.</summary>
    public const string TextCsv = "text/csv";

    /// <summary>The media type of an .xlsx workbook.</summary>
    public const string Xlsx = XlsxWorkbook.MediaType;

    /// <summary>What a request asks for.</summary>
    public enum Representation
    {
        /// <summary>JSON (also when Accept says nothing).</summary>
        Json,
        /// <summary>A CSV file.</summary>
        Csv,
        /// <summary>An .xlsx workbook.</summary>
        Xlsx,
    }

    /// <summary>
    /// Adds the sheet alternatives to a JSON endpoint: a 200 whose value is a <typeparamref name="T"/> is written by the
    /// writers as a CSV or .xlsx attachment when the client asks for it.
    /// </summary>
    public static RouteHandlerBuilder WithSheets<T>(this RouteHandlerBuilder builder, SheetWriters<T> writers)
    {
        builder.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            var http = context.HttpContext;
            http.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
            var wanted = Preferred(http.Request);
            if (wanted == Representation.Json || (wanted == Representation.Csv && writers.Csv is null)) return result;
            var inner = result is INestedHttpResult nested ? nested.Result : result;
            if (inner is not IValueHttpResult<T> { Value: { } value } || inner is not IStatusCodeHttpResult { StatusCode: StatusCodes.Status200OK }) return result;
            var order = (inner as ILineOrdered)?.LineOrder;
            var stem = writers.FileStem(http);
            return wanted == Representation.Csv
                ? new SheetFileResult(writers.Csv!(value, order).Bytes, "text/csv; charset=utf-8", stem + ".csv")
                : new SheetFileResult(writers.Xlsx(value, order), Xlsx, stem + ".xlsx");
        });
        if (writers.Csv is not null) builder.WithMetadata(new AlternativeResponse(TextCsv, writers.CsvDescription ?? ""));
        builder.WithMetadata(new AlternativeResponse(Xlsx, writers.XlsxDescription));
        return builder;
    }

    /// <summary>What the Accept header asks for: a sheet type when it ranks it at least as high as JSON, the higher of the two sheets.</summary>
    public static Representation Preferred(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted)) return Representation.Json;
        double csv = 0, xlsx = 0, json = 0;
        foreach (var type in accepted)
        {
            var quality = type.Quality ?? 1.0;
            if (type.MediaType.Equals(TextCsv, StringComparison.OrdinalIgnoreCase)) csv = Math.Max(csv, quality);
            else if (type.MediaType.Equals(Xlsx, StringComparison.OrdinalIgnoreCase)) xlsx = Math.Max(xlsx, quality);
            else if (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                || type.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
                || type.MediaType.Equals("*/*", StringComparison.OrdinalIgnoreCase)) json = Math.Max(json, quality);
        }
        if (xlsx > 0 && xlsx >= json && xlsx >= csv) return Representation.Xlsx;
        if (csv > 0 && csv >= json) return Representation.Csv;
        return Representation.Json;
    }
}

/// <summary>Sends a sheet as an attachment: its media type, Content-Disposition with the file name.</summary>
public sealed class SheetFileResult(byte[] bytes, string contentType, string fileName) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    public int? StatusCode => StatusCodes.Status200OK;

    public string ContentType => contentType;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = ContentType;
        httpContext.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = fileName, FileName = fileName }.ToString();
        httpContext.Response.ContentLength = bytes.Length;
        await httpContext.Response.Body.WriteAsync(bytes, httpContext.RequestAborted);
    }
}
