using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Texts;

namespace BudgetEngine.Core.Validation;

/// <summary>The texts of the core's validation errors: <c>Validation/Messages/ValidationMessages.resx</c> (English) and <c>.nl.resx</c> (Dutch).</summary>
public static class ValidationTexts
{
    /// <summary>The catalog of the core's validation errors.</summary>
    public static TextCatalog Catalog { get; } = new("BudgetEngine.Core.Validation.Messages.ValidationMessages", typeof(ValidationTexts).Assembly);

    /// <summary>The error text <paramref name="id"/> with its values in order.</summary>
    public static ErrorText Of(string id, params MessageArgument[] arguments) => new(Catalog, id, arguments);
}
