using System.Globalization;
using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Texts;

namespace BudgetEngine.Core.Findings;

/// <summary>
/// One value in a finding's message: written for the language the message is read in (an amount as <c>€ 66.500,00</c>
/// or <c>EUR 66,500.00</c>, a nested message in the same language), so that a message is data until it is read.
/// </summary>
public readonly record struct MessageArgument
{
    private readonly string? _text;
    private readonly long _cents;
    private readonly FindingMessage? _message;
    private readonly ErrorText? _error;
    private readonly decimal? _decimal;

    private MessageArgument(string? text, long cents, FindingMessage? message, ErrorText? error = null, decimal? @decimal = null)
    {
        _text = text;
        _cents = cents;
        _message = message;
        _error = error;
        _decimal = @decimal;
    }

    /// <summary>A name, code or other text, written as it is.</summary>
    public static MessageArgument Text(string text) => new(text ?? "", 0, null);

    /// <summary>A year or another whole number, written with digits only.</summary>
    public static MessageArgument Number(int number) => new(number.ToString(CultureInfo.InvariantCulture), 0, null);

    /// <summary>A number with a fraction (a percentage, a weight), written with the language's decimal sign and no trailing zeros: 99,5 or 99.5.</summary>
    public static MessageArgument Decimal(decimal number) => new(null, 0, null, @decimal: number);

    /// <summary>An amount, written in the language's notation.</summary>
    public static MessageArgument Amount(Money amount) => new(null, amount.Cents, null);

    /// <summary>An amount in cents, written in the language's notation.</summary>
    public static MessageArgument Amount(long cents) => new(null, cents, null);

    /// <summary>A part of the message that is itself a message (a grant's description, an optional clause).</summary>
    public static MessageArgument Part(FindingMessage message) => new(null, 0, message);

    /// <summary>A part of an error text that is itself a text (where in a document, an optional clause).</summary>
    public static MessageArgument Part(ErrorText text) => new(null, 0, null, text);

    /// <summary>Nothing: an optional part left out.</summary>
    public static MessageArgument Empty => new("", 0, null);

    /// <summary>The value as English writes it (what comparisons of findings look at).</summary>
    public string English => In(MessageLanguage.English);

    /// <summary>The value as <paramref name="language"/> writes it.</summary>
    public string In(MessageLanguage language) =>
        _message is not null ? _message.In(language)
        : _error is not null ? _error.In(language)
        : _decimal is { } number ? Plain(number, language)
        : _text is not null ? _text
        : language == MessageLanguage.Dutch ? Money.FromCents(_cents).ToDutchString() : FindingText.Euros(_cents);

    // Without grouping, the two notations differ only in the decimal sign.
    private static string Plain(decimal number, MessageLanguage language)
    {
        var text = number.ToString("0.##########", CultureInfo.InvariantCulture);
        return language == MessageLanguage.Dutch ? text.Replace('.', ',') : text;
    }
}
