using BudgetEngine.Api.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace BudgetEngine.Api.Infrastructure.Limits;

/// <summary>
/// Refuses a body larger than Limits:MaxBodyBytes with 413 problem+json before any endpoint reads it: by its
/// Content-Length when it has one, otherwise (chunked) by reading at most one byte more than the limit into memory.
/// Kestrel enforces the same limit on the connection.
/// </summary>
public sealed class RequestBodyLimit(RequestDelegate next, IOptions<LimitsOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var max = options.Value.MaxBodyBytes;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = max;
        }
        var request = context.Request;
        if (request.ContentLength is { } length)
        {
            if (length > max)
            {
                await TooLarge(context, max, ProblemTexts.Of("Body.TooLarge.Detail", ProblemTexts.Text(length.ToString(System.Globalization.CultureInfo.InvariantCulture)), ProblemTexts.Text(max.ToString(System.Globalization.CultureInfo.InvariantCulture))));
                return;
            }
        }
        else if (request.Headers.TransferEncoding.Count > 0 || !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsDelete(request.Method))
        {
            var buffer = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > max)
                {
                    await TooLarge(context, max, ProblemTexts.Of("Body.TooLarge.DetailUnknownLength", ProblemTexts.Text(max.ToString(System.Globalization.CultureInfo.InvariantCulture))));
                    return;
                }
            }
            buffer.Position = 0;
            request.Body = buffer;
            context.Response.RegisterForDispose(buffer);
        }
        await next(context);
    }

    private static Task TooLarge(HttpContext context, long max, BudgetEngine.Core.Texts.ErrorText detail)
    {
        var tooLarge = Problems.Of(StatusCodes.Status413PayloadTooLarge, ProblemTexts.Of("Body.TooLarge.Title"), detail);
        ProblemLanguage.AttachErrors(tooLarge.ProblemDetails,
            [new BudgetEngine.Core.Validation.ValidationError(BudgetEngine.Core.Validation.FieldPath.Root, ProblemTexts.Of("Body.TooLarge.Error", ProblemTexts.Text(max.ToString(System.Globalization.CultureInfo.InvariantCulture))))]);
        return tooLarge.ExecuteAsync(context);
    }
}
