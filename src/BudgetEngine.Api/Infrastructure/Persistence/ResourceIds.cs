using System.Security.Cryptography;

namespace BudgetEngine.Api.Infrastructure.Persistence;

/// <summary>The ids of stored resources: 12 characters of lower-case Crockford base32 (60 random bits), e.g. "k3j5x9w2a8mq".</summary>
public static class ResourceIds
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    /// <summary>A new random id.</summary>
    public static string New()
    {
        Span<byte> bytes = stackalloc byte[12];
        RandomNumberGenerator.Fill(bytes);
        Span<char> chars = stackalloc char[12];
        for (var i = 0; i < chars.Length; i++) chars[i] = Alphabet[bytes[i] & 31];
        return new string(chars);
    }
}
