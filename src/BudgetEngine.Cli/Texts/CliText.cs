using System.Globalization;
using System.Resources;
using BudgetEngine.Core.Findings;

namespace BudgetEngine.Cli.Texts;

/// <summary>The CLI's own texts, from <c>Texts/CliTexts.resx</c> (English) and <c>CliTexts.nl.resx</c> (Dutch).</summary>
public sealed class CliText(MessageLanguage language)
{
    private static readonly ResourceManager Texts = new("BudgetEngine.Cli.Texts.CliTexts", typeof(CliText).Assembly);

    /// <summary>The language the texts are written in.</summary>
    public MessageLanguage Language { get; } = language;

    /// <summary>The text <paramref name="id"/> with its placeholders filled.</summary>
    public string Get(string id, params object?[] values)
    {
        var culture = Language == MessageLanguage.Dutch ? CultureInfo.GetCultureInfo("nl") : CultureInfo.InvariantCulture;
        var text = Texts.GetString(id, culture) ?? throw new InvalidOperationException($"No CLI text has the id '{id}'.");
        return values.Length == 0 ? text : string.Format(CultureInfo.InvariantCulture, text, values);
    }

    /// <summary>
    /// The language asked for with <c>--lang</c> (nl or en), else English when LANG, LC_ALL or LC_MESSAGES starts with
    /// "en", else Dutch.
    /// </summary>
    public static MessageLanguage Choose(string? option, Func<string, string?> environment)
    {
        if (option is not null) return option.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? MessageLanguage.English : MessageLanguage.Dutch;
        var locale = environment("LC_ALL") is { Length: > 0 } all ? all
            : environment("LC_MESSAGES") is { Length: > 0 } messages ? messages
            : environment("LANG");
        return locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? MessageLanguage.English : MessageLanguage.Dutch;
    }
}
