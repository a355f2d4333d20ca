using System.Globalization;
using System.Text;

namespace CaseFlow.Api.Tasks;

/// <summary>Decides an attachment's content type from its bytes, against an allow-list, and cleans its file name.</summary>
/// <remarks>
/// The client's declared type is never trusted: the type stored and served is the one the bytes show. Allowed are
/// PDF, JPEG, PNG and plain UTF-8 text (no control characters besides tab and line breaks), the forms papers
/// arrive in at a county office. Anything else, including a type that contradicts the declared one, is refused.
/// </remarks>
public static class AttachmentContent
{
    public const string Pdf = "application/pdf";
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string Text = "text/plain";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IReadOnlyList<string> Allowed { get; } = [Pdf, Jpeg, Png, Text];

    /// <summary>The allowed type the bytes are, or null.</summary>
    public static string? Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        return bytes.Length > 0 && IsPlainText(bytes) ? Text : null;
    }

    /// <summary>True when the declared type is absent, generic, or names the detected type (parameters such as charset ignored).</summary>
    public static bool Agrees(string? declared, string detected)
    {
        ArgumentNullException.ThrowIfNull(detected);
        var media = declared?.Split(';')[0].Trim();
        return string.IsNullOrEmpty(media)
            || media.Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase)
            || media.Equals(detected, StringComparison.OrdinalIgnoreCase)
            || (detected == Jpeg && media.Equals("image/jpg", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The last path segment of the client's name, without control or format characters, reserved characters or leading dots,
    /// at most 100 characters; <c>attachment</c> when nothing is left. Stops path traversal and header injection.
    /// </summary>
    public static string SafeFileName(string? name)
    {
        var last = (name ?? string.Empty).Replace('\\', '/').Split('/')[^1];
        var builder = new StringBuilder(last.Length);
        foreach (var c in last)
        {
            // Format characters include the bidirectional overrides, which would show "a\u202Egnp.exe" as "aexe.png".
            if (!char.IsControl(c) && c is not ('<' or '>' or ':' or '"' or '|' or '?' or '*') && !char.IsSurrogate(c)
                && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                builder.Append(c);
            }
        }

        var cleaned = builder.ToString().Trim().TrimStart('.').Trim();
        if (cleaned.Length > 100)
        {
            cleaned = cleaned[..100];
        }

        return cleaned.Length == 0 ? "attachment" : cleaned;
    }

    private static bool IsPlainText(ReadOnlySpan<byte> bytes)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\t' or '\r' or '\n'))
            {
                return false;
            }
        }

        return true;
    }
}
