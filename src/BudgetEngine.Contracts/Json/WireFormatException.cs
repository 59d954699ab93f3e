using System.Text.Json;
using BudgetEngine.Core.Texts;

namespace BudgetEngine.Contracts.Json;

/// <summary>A value the wire format does not allow, thrown by this project's converters; its text is written for integrators and shown as it is, in the reader's language.</summary>
public sealed class WireFormatException(ErrorText text) : JsonException(text.ToString())
{
    /// <summary>What is wrong, as data.</summary>
    public ErrorText Text { get; } = text;
}
