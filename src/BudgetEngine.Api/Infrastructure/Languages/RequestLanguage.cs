using BudgetEngine.Core.Findings;

namespace BudgetEngine.Api.Infrastructure.Languages;

/// <summary>
/// The language an answer's texts are written in (findings, validation errors, problem titles and details): Dutch, with
/// Dutch amounts (<c>€ 66.500,00</c>), unless the request's Accept-Language prefers English (<c>en</c> or <c>en-GB</c> ranked
/// above any Dutch). Codes, property names and field paths are the same in both.
/// </summary>
public static class RequestLanguage
{
    /// <summary>The header every answer varies by, as its texts do.</summary>
    public const string Header = "Accept-Language";

    /// <summary>The language of the answer to <paramref name="request"/>.</summary>
    public static MessageLanguage Of(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().AcceptLanguage;
        double english = 0, dutch = 0;
        foreach (var language in accepted)
        {
            var tag = language.Value.Value;
            var quality = language.Quality ?? 1.0;
            if (Is(tag, "en")) english = Math.Max(english, quality);
            else if (Is(tag, "nl")) dutch = Math.Max(dutch, quality);
        }
        return english > 0 && english > dutch ? MessageLanguage.English : MessageLanguage.Dutch;
    }

    private static bool Is(string? tag, string language) =>
        tag is not null && tag.StartsWith(language, StringComparison.OrdinalIgnoreCase) && (tag.Length == language.Length || tag[language.Length] == '-');
}
