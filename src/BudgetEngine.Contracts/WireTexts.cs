using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Texts;

namespace BudgetEngine.Contracts;

/// <summary>
/// The texts of what is wrong with a document on the wire (a JSON body the serializer cannot read, a field the mapper
/// cannot take): <c>Messages/WireMessages.resx</c> (English) and <c>.nl.resx</c> (Dutch).
/// </summary>
public static class WireTexts
{
    /// <summary>The catalog of the wire's errors.</summary>
    public static TextCatalog Catalog { get; } = new("BudgetEngine.Contracts.Messages.WireMessages", typeof(WireTexts).Assembly);

    /// <summary>The error text <paramref name="id"/> with its values in order.</summary>
    public static ErrorText Of(string id, params MessageArgument[] arguments) => new(Catalog, id, arguments);
}
