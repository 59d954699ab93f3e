using System.Globalization;
using System.Reflection;
using System.Resources;
using BudgetEngine.Core.Findings;

namespace BudgetEngine.Core.Texts;

/// <summary>
/// One set of texts kept in resource files per language: <c>Name.resx</c> in English, <c>Name.nl.resx</c> in Dutch. A text is
/// read by its id in the reader's language; every id exists in both files (the message tests fail otherwise).
/// </summary>
public sealed class TextCatalog
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl");

    private readonly ResourceManager _texts;

    /// <summary>The catalog of the resources named <paramref name="baseName"/> in <paramref name="assembly"/>.</summary>
    public TextCatalog(string baseName, Assembly assembly)
    {
        Name = baseName;
        _texts = new ResourceManager(baseName, assembly);
    }

    /// <summary>The resources' name, e.g. <c>BudgetEngine.Core.Findings.Messages.FindingMessages</c>.</summary>
    public string Name { get; }

    /// <summary>The text with <paramref name="id"/> in <paramref name="language"/> as the resources hold it, or null.</summary>
    public string? Template(string id, MessageLanguage language) => _texts.GetString(id, CultureOf(language));

    /// <summary>
    /// The text with <paramref name="id"/> in <paramref name="language"/>, its placeholders {0}, {1}, ... filled with
    /// <paramref name="arguments"/> written in the same language.
    /// </summary>
    /// <exception cref="InvalidOperationException">No text has the id (a programming error, caught by the message tests).</exception>
    public string Format(string id, IReadOnlyList<MessageArgument> arguments, MessageLanguage language)
    {
        var text = Template(id, language) ?? throw new InvalidOperationException($"No text of {Name} has the id '{id}'.");
        if (arguments.Count == 0) return text;
        var values = new object[arguments.Count];
        for (var i = 0; i < values.Length; i++) values[i] = arguments[i].In(language);
        return string.Format(CultureInfo.InvariantCulture, text, values);
    }

    /// <summary>Every id and text in <paramref name="language"/>, exactly as that language's resource file holds them (no fallback).</summary>
    public IReadOnlyDictionary<string, string> All(MessageLanguage language)
    {
        var set = _texts.GetResourceSet(CultureOf(language), createIfNotExists: true, tryParents: false);
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (set is null) return result;
        foreach (System.Collections.DictionaryEntry entry in set) result[(string)entry.Key] = (string)entry.Value!;
        return result;
    }

    private static CultureInfo CultureOf(MessageLanguage language) => language == MessageLanguage.Dutch ? Dutch : CultureInfo.InvariantCulture;
}
