using System.Globalization;
using System.Text;

namespace CaseFlow.Workflows.Timers;

/// <summary>An ISO 8601 duration <c>PnYnMnWnDTnHnMnS</c>, kept in its written units.</summary>
/// <remarks>
/// The units are not normalised: years, months, weeks and days are calendar units applied in the configured zone,
/// while hours, minutes and seconds are elapsed time (R30). <c>P1M</c> and <c>P30D</c> are therefore different
/// durations, and so are <c>P1D</c> and <c>PT24H</c> in a zone with daylight saving.
/// </remarks>
public readonly record struct IsoDuration(int Years, int Months, int Weeks, int Days, int Hours, int Minutes, decimal Seconds)
{
    /// <summary>True when every unit is zero.</summary>
    public bool IsZero => Years == 0 && Months == 0 && Weeks == 0 && Days == 0 && Hours == 0 && Minutes == 0 && Seconds == 0;

    /// <summary>The hours, minutes and seconds as elapsed time.</summary>
    public TimeSpan ElapsedPart =>
        TimeSpan.FromHours(Hours) + TimeSpan.FromMinutes(Minutes) + TimeSpan.FromTicks((long)(Seconds * TimeSpan.TicksPerSecond));

    /// <summary>The canonical ISO 8601 text, omitting zero units.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder("P");
        Append(builder, Years, 'Y');
        Append(builder, Months, 'M');
        Append(builder, Weeks, 'W');
        Append(builder, Days, 'D');
        if (Hours != 0 || Minutes != 0 || Seconds != 0)
        {
            builder.Append('T');
            Append(builder, Hours, 'H');
            Append(builder, Minutes, 'M');
            if (Seconds != 0)
            {
                builder.Append(Seconds.ToString(CultureInfo.InvariantCulture)).Append('S');
            }
        }

        return builder.Length == 1 ? "PT0S" : builder.ToString();
    }

    private static void Append(StringBuilder builder, int value, char unit)
    {
        if (value != 0)
        {
            builder.Append(value.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }
}
