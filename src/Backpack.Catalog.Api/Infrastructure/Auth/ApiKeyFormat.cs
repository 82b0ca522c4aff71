using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Backpack.Catalog.Api.Infrastructure.Auth;

/// <summary>
/// Keys read <c>bpk_{keyId}_{secret}</c>. The key id is public (it names the key in lists and logs) and finds the
/// stored row; the whole key is stored only as its SHA-256. Keys carry 238 bits of randomness, so a fast hash is
/// the right tool here: there is nothing to brute-force that a slow password hash would protect.
/// </summary>
public static partial class ApiKeyFormat
{
    public const string Prefix = "bpk_";
    public const string HeaderName = "X-Api-Key";

    /// <summary>Key ids: 8 to 24 lowercase letters and digits (generated ones have 12).</summary>
    public const string KeyIdPattern = "^[a-z0-9]{8,24}$";
    public const int MaxKeyIdLength = 24;

    /// <summary>A whole key: the prefix, a key id and a secret of 32 to 64 letters and digits (issued ones have 40).</summary>
    public const string KeyPattern = "^bpk_[a-z0-9]{8,24}_[A-Za-z0-9]{32,64}$";
    public const int MaxKeyLength = 4 + MaxKeyIdLength + 1 + 64;

    private const string KeyIdAlphabet = "abcdefghijklmnopqrstuvwxyz234567";
    private const string SecretAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public static (string KeyId, string Key) Generate()
    {
        var keyId = RandomNumberGenerator.GetString(KeyIdAlphabet, 12);
        var secret = RandomNumberGenerator.GetString(SecretAlphabet, 40);
        return (keyId, $"{Prefix}{keyId}_{secret}");
    }

    /// <summary>The key id of a well-formed key, or null: malformed keys never reach the database.</summary>
    public static string? KeyIdOf(string presented)
    {
        var match = Shape().Match(presented);
        return match.Success ? match.Groups["id"].Value : null;
    }

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Compares the presented key's hash with the stored one in constant time.</summary>
    public static bool Matches(string presented, string storedHash)
    {
        Span<byte> presentedHash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(presented), presentedHash);
        Span<byte> stored = stackalloc byte[SHA256.HashSizeInBytes];
        return Convert.FromHexString(storedHash, stored, out _, out var written) == System.Buffers.OperationStatus.Done
            && written == stored.Length
            && CryptographicOperations.FixedTimeEquals(presentedHash, stored);
    }

    [GeneratedRegex(@"^bpk_(?<id>[a-z0-9]{8,24})_[A-Za-z0-9]{32,64}\z")] // KeyPattern, with the id captured
    private static partial Regex Shape();
}
