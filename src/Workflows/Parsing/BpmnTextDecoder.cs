using System.Text;
using System.Text.RegularExpressions;
using CaseFlow.Workflows.Diagnostics;

namespace CaseFlow.Workflows.Parsing;

/// <summary>Turns the bytes of a file into text: size limit, UTF-8 or UTF-16 only, declaration must match (R86).</summary>
/// <remarks>
/// Decoding here, with strict decoders, rather than inside the XML reader means a declaration such as
/// <c>encoding="GBK"</c> or bytes that are not valid UTF-8 are reported as BPMN007 instead of being silently
/// re-interpreted, and the reader only ever sees text.
/// </remarks>
internal static partial class BpmnTextDecoder
{
    public static DecodedDocument Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 4 && ((bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0)
            || (bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF)))
        {
            return Fail("UTF-32 is not supported; save the file as UTF-8");
        }

        Encoding encoding;
        var skip = 0;
        var isUtf16 = true;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            (encoding, skip, isUtf16) = (new UTF8Encoding(false, true), 3, false);
        }
        else if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            (encoding, skip) = (new UnicodeEncoding(false, false, true), 2);
        }
        else if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            (encoding, skip) = (new UnicodeEncoding(true, false, true), 2);
        }
        else if (bytes.Length >= 4 && bytes[0] == 0x3C && bytes[1] == 0 && bytes[2] == 0x3F && bytes[3] == 0)
        {
            encoding = new UnicodeEncoding(false, false, true);
        }
        else if (bytes.Length >= 4 && bytes[0] == 0 && bytes[1] == 0x3C && bytes[2] == 0 && bytes[3] == 0x3F)
        {
            encoding = new UnicodeEncoding(true, false, true);
        }
        else
        {
            (encoding, isUtf16) = (new UTF8Encoding(false, true), false);
        }

        string text;
        try
        {
            text = encoding.GetString(bytes[skip..]);
        }
        catch (DecoderFallbackException)
        {
            return Fail(isUtf16 ? "the file is not valid UTF-16" : "the file is not valid UTF-8");
        }

        return CheckDeclaration(text, isUtf16 ? DeclaredEncoding.Utf16 : DeclaredEncoding.Utf8);
    }

    /// <summary>Checks text handed over as a string, where only the declaration can be wrong.</summary>
    public static DecodedDocument FromString(string text)
    {
        var withoutBom = text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        return CheckDeclaration(withoutBom, DeclaredEncoding.Any);
    }

    private static DecodedDocument CheckDeclaration(string text, DeclaredEncoding actual)
    {
        var declaration = DeclarationPattern().Match(text);
        if (!declaration.Success)
        {
            return actual == DeclaredEncoding.Utf16 && text.StartsWith("<?xml", StringComparison.Ordinal)
                ? Fail("a UTF-16 file must declare encoding=\"UTF-16\"")
                : new DecodedDocument(text, null);
        }

        var declared = declaration.Groups["encoding"].Value.ToUpperInvariant();
        var declaredKind = declared switch
        {
            "UTF-8" or "UTF8" => DeclaredEncoding.Utf8,
            "UTF-16" or "UTF-16LE" or "UTF-16BE" => DeclaredEncoding.Utf16,
            _ => (DeclaredEncoding?)null,
        };
        if (declaredKind is null)
        {
            return Fail($"encoding {DiagnosticText.Quote(declaration.Groups["encoding"].Value)} is not supported; use UTF-8");
        }

        return actual != DeclaredEncoding.Any && declaredKind != actual
            ? Fail($"the declared encoding {DiagnosticText.Quote(declaration.Groups["encoding"].Value)} does not match the file's bytes")
            : new DecodedDocument(text, null);
    }

    private static DecodedDocument Fail(string message) =>
        new(null, new Diagnostic(DiagnosticCodes.UnsupportedEncoding, DiagnosticSeverity.Error, $"Unsupported encoding: {message}.", null, null, 1, 1));

    [GeneratedRegex(@"^<\?xml\s[^>]*?encoding\s*=\s*[""'](?<encoding>[A-Za-z0-9._\-]+)[""']", RegexOptions.CultureInvariant)]
    private static partial Regex DeclarationPattern();

    private enum DeclaredEncoding
    {
        Utf8,
        Utf16,
        Any,
    }
}
