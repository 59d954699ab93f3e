using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Core.Findings;

/// <summary>
/// Something a finance officer must see, located by year, source and/or line, with the amount it concerns.
/// </summary>
/// <param name="Code">A stable code from <see cref="FindingCode"/> (or a module's own code list).</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Year">The budget year concerned, if any.</param>
/// <param name="Source">The funding source code concerned, if any.</param>
/// <param name="Line">The cost line (or category) concerned, if any.</param>
/// <param name="Amount">The amount in euros the finding concerns (the shortfall, the difference, the lapsed money), if any.</param>
/// <param name="Message">A plain sentence saying what is wrong and, where possible, what to do (in English; <see cref="MessageIn"/> for another language).</param>
public sealed record Finding(
    string Code,
    Severity Severity,
    int? Year,
    string? Source,
    string? Line,
    Money? Amount,
    string Message)
{
    /// <summary>A finding whose message is <paramref name="text"/>, kept as data so that it can be read in any language.</summary>
    public static Finding Of(string code, Severity severity, int? year, string? source, string? line, Money? amount, FindingMessage text) =>
        new(code, severity, year, source, line, amount, text.In(MessageLanguage.English)) { Text = text };

    /// <summary>The message as data (its id and values), when the finding was made from one.</summary>
    public FindingMessage? Text { get; init; }

    /// <summary>The message in <paramref name="language"/>; <see cref="Message"/> when the finding has no message data.</summary>
    public string MessageIn(MessageLanguage language) => Text?.In(language) ?? Message;

    /// <summary>A suggested correction, e.g. the nearest known source code for an unknown one.</summary>
    public string? Suggestion { get; init; }

    /// <summary>An identity for comparing findings between two reconciliations: code and location, not the amount.</summary>
    public string Key => $"{Code}|{Year}|{Source}|{Line}";
}
