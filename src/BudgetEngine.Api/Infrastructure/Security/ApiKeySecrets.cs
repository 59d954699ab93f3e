using System.Security.Cryptography;
using System.Text;

namespace BudgetEngine.Api.Infrastructure.Security;

/// <summary>
/// How keys are made and checked. A key is "be_" followed by 32 random bytes in base64url (43 characters): 256 bits of
/// entropy. It is stored only as its SHA-256 hash: a fast hash suffices because a key is not a password; nobody can
/// guess 256 random bits, so there is no dictionary to slow down. Lookups go by the first 8 characters (the prefix,
/// stored in clear, at most a quarter of the key: far too little to be one), then compare hashes in constant time.
/// </summary>
public static class ApiKeySecrets
{
    /// <summary>What every generated key starts with.</summary>
    public const string Marker = "be_";

    /// <summary>The random bytes in a generated key.</summary>
    public const int RandomBytes = 32;

    /// <summary>The most characters of a key stored in clear to find it; never more than a quarter of the key.</summary>
    public const int PrefixLength = 8;

    /// <summary>A new random key.</summary>
    public static string Generate() => Marker + Base64Url(RandomNumberGenerator.GetBytes(RandomBytes));

    /// <summary>The SHA-256 of the key's UTF-8 bytes.</summary>
    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>The lookup prefix: the first <see cref="PrefixLength"/> characters, and never more than a quarter of the key.</summary>
    public static string PrefixOf(string key) => key[..Math.Min(PrefixLength, key.Length / 4)];

    /// <summary>Whether <paramref name="key"/> hashes to <paramref name="storedHash"/>, in time that does not depend on where they differ.</summary>
    public static bool Matches(string key, byte[] storedHash) => CryptographicOperations.FixedTimeEquals(Hash(key), storedHash);

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
