using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace CaseFlow.Api.Common;

/// <summary>ETags are the domain version in quotes (<c>"3"</c>), so If-Match maps straight onto the grain's version check.</summary>
public static class EntityTags
{
    public static string For(int version) => "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";

    public static void Set(HttpResponse response, int version)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.ETag = For(version);
    }

    /// <summary>
    /// Reads a single strong version tag from If-Match. Weak tags, lists and <c>*</c> give null: a lost-update check
    /// needs the exact version the caller saw.
    /// </summary>
    public static int? ParseIfMatch(string? header)
    {
        if (string.IsNullOrWhiteSpace(header)
            || !EntityTagHeaderValue.TryParseStrictList([header], out var tags)
            || tags is not [{ IsWeak: false } tag]
            || tag == EntityTagHeaderValue.Any)
        {
            return null;
        }

        var text = tag.Tag.AsSpan().Trim('"');
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : null;
    }
}
