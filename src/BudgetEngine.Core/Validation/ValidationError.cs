namespace BudgetEngine.Core.Validation;

/// <summary>What is wrong with one field of an input, and how to fix it.</summary>
/// <param name="Path">A JSON pointer (RFC 6901) to the field in the input's JSON shape, e.g. <c>/lines/3/amounts/2019</c>.</param>
/// <param name="Message">What is wrong and what to do.</param>
public sealed record ValidationError(string Path, string Message);
