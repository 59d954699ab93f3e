namespace BudgetEngine.Core.Findings;

/// <summary>The languages findings are written in: Dutch for the finance officers, English for everyone else.</summary>
public enum MessageLanguage
{
    /// <summary>Dutch, with Dutch amounts: <c>€ 66.500,00</c>.</summary>
    Dutch,

    /// <summary>English, with amounts as <c>EUR 66,500.00</c>.</summary>
    English,
}
