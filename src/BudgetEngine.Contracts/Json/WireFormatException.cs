using System.Text.Json;
using BudgetEngine.Core.Texts;

namespace BudgetEngine.Contracts.Json;

/// <summary>A value the wire format does not allow, thrown by this project's converters; its text is written for integrators and shown as it is, in the reader's language.</summary>
public sealed class WireFormatException : JsonException
{
    /// <summary>A value the wire format does not allow, at the converter's own position.</summary>
    public WireFormatException(ErrorText text) : base(text.ToString()) => Text = text;

    /// <summary>A value the wire format does not allow at <paramref name="path"/>, relative to the converter's position (thrown inside a <see cref="NestedJsonException"/>).</summary>
    public WireFormatException(ErrorText text, string path) : base(text.ToString(), path, null, null) => Text = text;

    /// <summary>What is wrong, as data.</summary>
    public ErrorText Text { get; }
}
