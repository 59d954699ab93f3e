using System.Text.Json;

namespace BudgetEngine.Contracts.Json;

/// <summary>A value the wire format does not allow, thrown by this project's converters; its message is written for integrators and shown as it is.</summary>
public sealed class WireFormatException(string message) : JsonException(message);
