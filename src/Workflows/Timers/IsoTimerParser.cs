using System.Globalization;
using System.Text.RegularExpressions;

namespace CaseFlow.Workflows.Timers;

/// <summary>Parses literal timer values: ISO 8601 date-times, durations and repeating intervals (R29–R31).</summary>
/// <remarks>
/// Only the forms BPMN.md allows are accepted, so a value either means exactly one thing or fails at deploy:
/// no signs, a fraction only on seconds, no week-dates or ordinal dates, no <c>duration/end</c> intervals and no
/// cron (which C7 would accept and CaseFlow reports as BPMN304).
/// </remarks>
public static partial class IsoTimerParser
{
    /// <summary>Parses <paramref name="text"/> as the given timer type.</summary>
    public static TimerParseResult Parse(TimerType type, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (LooksLikeCron(trimmed))
        {
            return TimerParseResult.Fail("cron expressions are not supported; use an ISO 8601 cycle such as R3/PT10H", isCron: true);
        }

        return type switch
        {
            TimerType.Date => TryParseDate(trimmed, out var date)
                ? TimerParseResult.Ok(date)
                : TimerParseResult.Fail("not an ISO 8601 date-time such as 2026-05-01T09:00:00+08:00"),
            TimerType.Duration => ParseDuration(trimmed),
            _ => ParseCycle(trimmed),
        };
    }

    /// <summary>Parses a positive duration <c>PnYnMnWnDTnHnMnS</c>.</summary>
    public static bool TryParseDuration(string text, out IsoDuration duration)
    {
        duration = default;
        var match = DurationPattern().Match(text);
        if (!match.Success || text.EndsWith('T'))
        {
            return false;
        }

        if (!TryInt(match.Groups["y"], out var years) || !TryInt(match.Groups["mo"], out var months)
            || !TryInt(match.Groups["w"], out var weeks) || !TryInt(match.Groups["d"], out var days)
            || !TryInt(match.Groups["h"], out var hours) || !TryInt(match.Groups["mi"], out var minutes))
        {
            return false;
        }

        var seconds = 0m;
        if (match.Groups["s"].Success
            && !decimal.TryParse(match.Groups["s"].Value.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out seconds))
        {
            return false;
        }

        duration = new IsoDuration(years, months, weeks, days, hours, minutes, seconds);
        return !duration.IsZero;
    }

    /// <summary>Parses a date-time with optional offset, or a date alone (00:00).</summary>
    public static bool TryParseDate(string text, out TimerDate date)
    {
        date = null!;
        var match = DatePattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var year = Int(match.Groups["y"]);
        var month = Int(match.Groups["mo"]);
        var day = Int(match.Groups["d"]);
        var hour = match.Groups["h"].Success ? Int(match.Groups["h"]) : 0;
        var minute = match.Groups["mi"].Success ? Int(match.Groups["mi"]) : 0;
        var second = match.Groups["s"].Success ? Int(match.Groups["s"]) : 0;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        if (match.Groups["f"].Success)
        {
            local = local.AddTicks(long.Parse(match.Groups["f"].Value.PadRight(7, '0'), NumberStyles.None, CultureInfo.InvariantCulture));
        }

        TimeSpan? offset = null;
        if (match.Groups["z"].Success)
        {
            offset = TimeSpan.Zero;
        }
        else if (match.Groups["oh"].Success)
        {
            var hours = Int(match.Groups["oh"]);
            var minutes = Int(match.Groups["om"]);
            if (hours > 14 || minutes > 59)
            {
                return false;
            }

            offset = new TimeSpan(hours, minutes, 0);
            if (match.Groups["sign"].Value == "-")
            {
                offset = -offset;
            }
        }

        date = new TimerDate(local, offset);
        return true;
    }

    private static TimerParseResult ParseDuration(string text) =>
        TryParseDuration(text, out var duration)
            ? TimerParseResult.Ok(new TimerDuration(duration))
            : TimerParseResult.Fail("not a positive ISO 8601 duration such as P3D or PT10H");

    private static TimerParseResult ParseCycle(string text)
    {
        const string expected = "not an ISO 8601 cycle such as R3/PT10H, R/P1D or R3/2026-05-01T09:00:00+08:00/P1D";
        var parts = text.Split('/');
        if (parts.Length is < 2 or > 3 || parts[0].Length == 0 || parts[0][0] != 'R')
        {
            return TimerParseResult.Fail(expected);
        }

        int? repetitions = null;
        if (parts[0].Length > 1)
        {
            if (!int.TryParse(parts[0].AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
            {
                return TimerParseResult.Fail("the repetition count of a cycle must be an integer of at least 1");
            }

            repetitions = count;
        }

        TimerDate? start = null;
        if (parts.Length == 3)
        {
            if (!TryParseDate(parts[1], out var parsedStart))
            {
                return TimerParseResult.Fail(expected);
            }

            start = parsedStart;
        }

        return TryParseDuration(parts[^1], out var interval)
            ? TimerParseResult.Ok(new TimerCycle(repetitions, start, interval))
            : TimerParseResult.Fail(expected);
    }

    private static bool LooksLikeCron(string text)
    {
        var fields = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length is >= 5 and <= 7 && fields.All(field => CronField().IsMatch(field));
    }

    private static bool TryInt(Group group, out int value)
    {
        value = 0;
        return !group.Success || int.TryParse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static int Int(Group group) => int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^P(?:(?<y>\d+)Y)?(?:(?<mo>\d+)M)?(?:(?<w>\d+)W)?(?:(?<d>\d+)D)?(?:T(?:(?<h>\d+)H)?(?:(?<mi>\d+)M)?(?:(?<s>\d+(?:[.,]\d+)?)S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<mo>\d{2})-(?<d>\d{2})(?:T(?<h>\d{2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:[.,](?<f>\d{1,7}))?)?(?:(?<z>Z)|(?<sign>[+-])(?<oh>\d{2}):?(?<om>\d{2}))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^[0-9*?/,\-LW#A-Za-z]+$", RegexOptions.CultureInvariant)]
    private static partial Regex CronField();
}
