using System.Security.Cryptography;
using System.Text;

namespace CaseFlow.Api.Webhooks;

/// <summary>The <c>X-CaseFlow-Signature</c> header: <c>sha256=</c> and the lower-case hex HMAC-SHA256 of the body, keyed with the subscription's secret.</summary>
/// <remarks>A receiver recomputes it over the raw body bytes it received and compares in constant time.</remarks>
public static class WebhookSignature
{
    public const string Header = "X-CaseFlow-Signature";
    private const string Prefix = "sha256=";

    public static string Sign(string secret, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
    }

    /// <summary>True when <paramref name="header"/> is the signature of <paramref name="body"/>; for receivers and tests.</summary>
    public static bool Verify(string secret, byte[] body, string? header) =>
        header is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, body)), Encoding.ASCII.GetBytes(header));
}
