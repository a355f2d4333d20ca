using System.Text;

namespace CaseFlow.Workflows.Diagnostics;

/// <summary>Formats pieces of input for diagnostic messages.</summary>
/// <remarks>
/// A message may quote at most 200 characters of input (R87). Every quote goes through <see cref="Quote"/>, which
/// keeps 80 characters, so a message quoting two values stays within the limit. Control characters are escaped so a
/// message is always one printable line.
/// </remarks>
public static class DiagnosticText
{
    /// <summary>The most characters of one input value a message quotes.</summary>
    public const int MaxQuotedLength = 80;

    /// <summary>The value in quotes, shortened to <see cref="MaxQuotedLength"/> characters.</summary>
    public static string Quote(string? value)
    {
        if (value is null)
        {
            return "(none)";
        }

        var builder = new StringBuilder(Math.Min(value.Length, MaxQuotedLength) + 4);
        builder.Append('\'');
        var end = Math.Min(value.Length, MaxQuotedLength);
        for (var i = 0; i < end; i++)
        {
            var c = value[i];
            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        if (value.Length > MaxQuotedLength)
        {
            builder.Append('…');
        }

        builder.Append('\'');
        return builder.ToString();
    }
}
