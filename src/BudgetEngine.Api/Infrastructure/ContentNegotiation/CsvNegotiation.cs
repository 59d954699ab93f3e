using BudgetEngine.Formats.Write;
using BudgetEngine.Api.Infrastructure.OpenApi;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace BudgetEngine.Api.Infrastructure.ContentNegotiation;

/// <summary>
/// Content negotiation for spreadsheets: an endpoint that answers JSON also answers CSV when the request's Accept header
/// prefers <c>text/csv</c> (explicitly, with a quality at least that of JSON). Problems stay problem+json.
/// </summary>
public static class CsvNegotiation
{
    /// <summary>The media type of the alternative.</summary>
    public const string TextCsv = "text/csv";

    /// <summary>
    /// Adds the CSV alternative to a JSON endpoint: a 200 whose value is a <typeparamref name="T"/> is written by
    /// <paramref name="write"/> as a CSV attachment named by <paramref name="fileName"/> when the client asks for text/csv.
    /// </summary>
    public static RouteHandlerBuilder WithCsvAlternative<T>(this RouteHandlerBuilder builder, Func<T, CsvFile> write, Func<HttpContext, string> fileName, string description)
    {
        builder.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            var http = context.HttpContext;
            http.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
            if (!PrefersCsv(http.Request)) return result;
            var inner = result is INestedHttpResult nested ? nested.Result : result;
            return inner is IValueHttpResult<T> { Value: { } value } and IStatusCodeHttpResult { StatusCode: StatusCodes.Status200OK }
                ? new CsvFileResult(write(value), fileName(http))
                : result;
        });
        builder.WithMetadata(new AlternativeResponse(TextCsv, description));
        return builder;
    }

    /// <summary>True when the Accept header asks for text/csv at least as much as for JSON.</summary>
    public static bool PrefersCsv(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted)) return false;
        double csv = 0, json = 0;
        foreach (var type in accepted)
        {
            var quality = type.Quality ?? 1.0;
            if (type.MediaType.Equals(TextCsv, StringComparison.OrdinalIgnoreCase)) csv = Math.Max(csv, quality);
            else if (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                || type.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
                || type.MediaType.Equals("*/*", StringComparison.OrdinalIgnoreCase)) json = Math.Max(json, quality);
        }
        return csv > 0 && csv >= json;
    }
}

/// <summary>Sends a CSV file as an attachment: text/csv; charset=utf-8, Content-Disposition with the file name.</summary>
public sealed class CsvFileResult(CsvFile file, string fileName) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    public int? StatusCode => StatusCodes.Status200OK;

    public string ContentType => "text/csv; charset=utf-8";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = ContentType;
        httpContext.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = fileName, FileName = fileName }.ToString();
        httpContext.Response.ContentLength = file.Bytes.Length;
        await httpContext.Response.Body.WriteAsync(file.Bytes, httpContext.RequestAborted);
    }
}
