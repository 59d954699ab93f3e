namespace BudgetEngine.Api;

/// <summary>The API refuses to start (over a damaged database, on a read-only filesystem, with a weak admin key); the message says why and what to do, and the process exits non-zero.</summary>
public sealed class StartRefusedException(string message, Exception? inner = null) : Exception(message, inner);
