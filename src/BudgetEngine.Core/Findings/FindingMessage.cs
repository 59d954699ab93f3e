using BudgetEngine.Core.Texts;

namespace BudgetEngine.Core.Findings;

/// <summary>
/// A finding's message as data: the id of its text in the message resources (<c>Findings/Messages/FindingMessages.resx</c>
/// in English, <c>FindingMessages.nl.resx</c> in Dutch) and the values that fill it; written in a language only when read.
/// </summary>
/// <param name="Id">The message's id in the resources, e.g. <c>OverAllocated.Budget</c>.</param>
/// <param name="Arguments">The values for the text's placeholders {0}, {1}, ...</param>
public sealed record FindingMessage(string Id, IReadOnlyList<MessageArgument> Arguments)
{
    /// <summary>The catalog of the finding messages.</summary>
    public static TextCatalog Catalog { get; } = new("BudgetEngine.Core.Findings.Messages.FindingMessages", typeof(FindingMessage).Assembly);

    /// <summary>A message with its values in order.</summary>
    public static FindingMessage Of(string id, params MessageArgument[] arguments) => new(id, arguments);

    /// <summary>
    /// Two or more items as one list in words: "A and B", "A, B and C" (in Dutch "A en B", "A, B en C"): the last two
    /// joined by "and", every item before them by a comma.
    /// </summary>
    /// <exception cref="ArgumentException">Fewer than two items (one item is itself, not a list).</exception>
    public static FindingMessage ListOf(IReadOnlyList<MessageArgument> items)
    {
        if (items.Count < 2) throw new ArgumentException($"A list needs at least two items; {items.Count} given.", nameof(items));
        var list = Of("List.And", items[^2], items[^1]);
        for (var i = items.Count - 3; i >= 0; i--) list = Of("List.Comma", items[i], MessageArgument.Part(list));
        return list;
    }

    /// <summary>The message written in <paramref name="language"/>.</summary>
    /// <exception cref="InvalidOperationException">No text has the id (a programming error, caught by the message tests).</exception>
    public string In(MessageLanguage language) => Catalog.Format(Id, Arguments, language);

    /// <summary>Two messages are equal when they have the same id and the same values in order.</summary>
    public bool Equals(FindingMessage? other) =>
        other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal) && Arguments.SequenceEqual(other.Arguments);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id, StringComparer.Ordinal);
        foreach (var argument in Arguments) hash.Add(argument);
        return hash.ToHashCode();
    }

    /// <summary>The text with <paramref name="id"/> in <paramref name="language"/> as the resources hold it, or null.</summary>
    internal static string? Template(string id, MessageLanguage language) => Catalog.Template(id, language);

    /// <summary>Every message id and text in <paramref name="language"/>, exactly as that language's resource file holds them (no fallback).</summary>
    internal static IReadOnlyDictionary<string, string> All(MessageLanguage language) => Catalog.All(language);
}
