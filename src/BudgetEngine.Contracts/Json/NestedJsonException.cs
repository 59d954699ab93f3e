using System.Text.Json;

namespace BudgetEngine.Contracts.Json;

/// <summary>A JSON error met inside a converter's nested read; the serializer sets <see cref="JsonException.Path"/> to the converter's position.</summary>
public sealed class NestedJsonException(JsonException inner) : JsonException(inner.Message, inner)
{
    /// <summary>The error as the nested read reported it (its path relative to the converter's position).</summary>
    public JsonException Inner { get; } = inner;
}
