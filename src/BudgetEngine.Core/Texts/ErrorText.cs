using BudgetEngine.Core.Findings;

namespace BudgetEngine.Core.Texts;

/// <summary>
/// What is wrong with an input or a request, as data: the id of its text in a <see cref="TextCatalog"/> and the values that
/// fill it; written in a language only when the answer is (Dutch unless the reader asks for English).
/// </summary>
/// <param name="Catalog">The texts the id belongs to.</param>
/// <param name="Id">The text's id, e.g. <c>Scenario.NameMissing</c>.</param>
/// <param name="Arguments">The values for the text's placeholders {0}, {1}, ...</param>
public sealed record ErrorText(TextCatalog Catalog, string Id, IReadOnlyList<MessageArgument> Arguments)
{
    /// <summary>The text written in <paramref name="language"/>.</summary>
    public string In(MessageLanguage language) => Catalog.Format(Id, Arguments, language);

    /// <summary>Equal when the catalog, the id and every value in order are (the values are compared, not the list holding them).</summary>
    public bool Equals(ErrorText? other) =>
        other is not null && ReferenceEquals(Catalog, other.Catalog) && Id == other.Id && Arguments.SequenceEqual(other.Arguments);

    public override int GetHashCode() => HashCode.Combine(Catalog, Id, Arguments.Count);

    /// <summary>The text in English (what logs and exceptions carry).</summary>
    public override string ToString() => In(MessageLanguage.English);
}
