using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Backpack.Catalog.Api.Integrations.Webhooks;

/// <summary>
/// How events are signed (api-docs/webhooks.md, "Verifying a signature"): HMAC-SHA256 keyed with the UTF-8 bytes of the
/// whole secret, over "{unix seconds}.{raw body}", sent as <c>v1=</c> and the lowercase hex digest.
/// </summary>
public static class WebhookSignature
{
    public const string IdHeader = "Backpack-Webhook-Id";
    public const string TimestampHeader = "Backpack-Webhook-Timestamp";
    public const string SignatureHeader = "Backpack-Webhook-Signature";
    public const string SecretPrefix = "whsec_";

    /// <summary>whsec_ and 32 bytes in base64url without padding: 43 characters.</summary>
    public const string SecretPattern = "^whsec_[A-Za-z0-9_-]{43}$";
    public const int SecretLength = 49;
    public const string Version = "v1=";

    /// <summary>whsec_ and 32 random bytes in base64url without padding.</summary>
    public static string NewSecret() => SecretPrefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Sign(string secret, long unixSeconds, string body)
    {
        var message = Encoding.UTF8.GetBytes(unixSeconds.ToString(CultureInfo.InvariantCulture) + "." + body);
        return Version + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message));
    }
}
