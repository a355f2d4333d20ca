using System.Text;

namespace CaseFlow.Api.Processes;

/// <summary>Turns the bytes of a file that the parser accepted into the text the grain stores.</summary>
/// <remarks>
/// Called only after a parse without errors, which guarantees UTF-8 or UTF-16 whose declaration matches (R86), so the
/// same byte-order-mark and <c>&lt;?</c> detection as the parser's is enough, and decoding cannot fail.
/// </remarks>
public static class ProcessFileText
{
    public static string Decode(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ReadOnlySpan<byte> span = bytes;
        if (span is [0xEF, 0xBB, 0xBF, ..])
        {
            return Encoding.UTF8.GetString(span[3..]);
        }

        if (span is [0xFF, 0xFE, ..])
        {
            return Encoding.Unicode.GetString(span[2..]);
        }

        if (span is [0xFE, 0xFF, ..])
        {
            return Encoding.BigEndianUnicode.GetString(span[2..]);
        }

        if (span is [0x3C, 0, 0x3F, 0, ..])
        {
            return Encoding.Unicode.GetString(span);
        }

        return span is [0, 0x3C, 0, 0x3F, ..] ? Encoding.BigEndianUnicode.GetString(span) : Encoding.UTF8.GetString(span);
    }
}
