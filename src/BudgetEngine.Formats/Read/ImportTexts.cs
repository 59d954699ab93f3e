using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Texts;

namespace BudgetEngine.Formats.Read;

/// <summary>The texts of the import's refusals: <c>Read/Messages/ImportMessages.resx</c> (English) and <c>.nl.resx</c> (Dutch).</summary>
public static class ImportTexts
{
    /// <summary>The catalog of the import's refusals.</summary>
    public static TextCatalog Catalog { get; } = new("BudgetEngine.Formats.Read.Messages.ImportMessages", typeof(ImportTexts).Assembly);

    /// <summary>The refusal text <paramref name="id"/> with its values in order.</summary>
    public static ErrorText Of(string id, params MessageArgument[] arguments) => new(Catalog, id, arguments);

    /// <summary>A value written as it is (a cell's text, a header, a name).</summary>
    public static MessageArgument Text(string text) => MessageArgument.Text(text);

    /// <summary>A row number or a year.</summary>
    public static MessageArgument Number(int number) => MessageArgument.Number(number);
}
