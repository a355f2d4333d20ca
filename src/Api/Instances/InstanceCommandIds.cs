using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CaseFlow.Api.Auth;
using CaseFlow.Api.Common.Idempotency;
using CaseFlow.Grains.Instances;
using Microsoft.AspNetCore.Http;

namespace CaseFlow.Api.Instances;

/// <summary>Command ids (R5) and new instance ids, derived from the <c>Idempotency-Key</c> header when one is sent.</summary>
/// <remarks>
/// The idempotency middleware replays a stored response, but a request whose first run died before answering (its
/// claim abandoned) runs again. Deriving the grain's command id, and for a start the instance id, from the caller,
/// the route and the key makes that second run the same engine command: the instance replays it instead of acting
/// twice. Without a key every request is a new command.
/// </remarks>
public static class InstanceCommandIds
{
    /// <summary>The command id of this request.</summary>
    public static string For(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return KeyOf(http) is { } key ? "http:" + Hash(http, key)[..40] : "http:" + Guid.NewGuid().ToString("N");
    }

    /// <summary>The id of the instance a start request creates: stable for a repeated key, fresh otherwise.</summary>
    public static string NewInstanceId(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);

        // "I" plus 32 hex digits: the shape of ProcessInstanceIds, never a pure-hex key.
        return KeyOf(http) is { } key ? "I" + Hash(http, "instance\n" + key)[..32] : ProcessInstanceIds.New();
    }

    private static string? KeyOf(HttpContext http) =>
        http.Request.Headers.TryGetValue(IdempotencyMiddleware.HeaderName, out var values) && values.ToString() is { Length: > 0 } key ? key : null;

    private static string Hash(HttpContext http, string key)
    {
        var subject = http.User.FindFirst(AuthClaims.Subject)?.Value ?? http.User.Identity?.Name ?? string.Empty;
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{subject}\n{http.Request.Path}\n{key}"));
        return Convert.ToHexString(bytes).ToLower(CultureInfo.InvariantCulture);
    }
}
