using System.Security.Cryptography;
using System.Text;

namespace CaseFlow.Grains.Processes;

/// <summary>The comparison form of a deployed file: line endings normalised, so a checkout on Windows is no new version (R80).</summary>
public static class ProcessXmlText
{
    /// <summary>The text with CRLF and lone CR turned into LF and a leading byte-order mark dropped.</summary>
    public static string Normalise(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var text = xml.Length > 0 && xml[0] == '\uFEFF' ? xml[1..] : xml;
        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }

    /// <summary>Lower-case hex SHA-256 of the normalised text as UTF-8.</summary>
    public static string Sha256Of(string xml) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalise(xml))));
}
