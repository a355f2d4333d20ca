using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CaseFlow.Workflows.Calendar;

/// <summary>Reads year files from the shipped folder and an admin override folder.</summary>
/// <remarks>
/// A folder holds one <c>&lt;year&gt;.json</c> per year. A year file in the override folder replaces the shipped file of
/// the same year as a whole (an admin correction or a provisional year, DOMAIN.md §5.3–5.4); years only one folder
/// has are taken from it. Every file is validated on load and any error names the file and, where it is about a
/// date, the date.
/// </remarks>
public static partial class WorkCalendarLoader
{
    /// <summary>Loads the shipped folder, then applies the override folder.</summary>
    /// <param name="shippedFolder">The folder shipped with the product, e.g. <c>seeds/calendars/cn</c>.</param>
    /// <param name="overrideFolder">
    /// The admins' folder, or null for none. A folder that does not exist yet counts as empty: it is only created
    /// with the first override, and an installation without corrections is the normal case.
    /// </param>
    /// <exception cref="DirectoryNotFoundException">The shipped folder does not exist.</exception>
    /// <exception cref="CalendarDataException">A file is malformed or contradicts another.</exception>
    public static WorkCalendar Load(string shippedFolder, string? overrideFolder = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(shippedFolder);
        if (!Directory.Exists(shippedFolder))
        {
            throw new DirectoryNotFoundException("Calendar folder not found: " + shippedFolder);
        }

        var years = ReadFolder(shippedFolder).ToDictionary(y => y.Year);
        if (overrideFolder is not null && Directory.Exists(overrideFolder))
        {
            foreach (var year in ReadFolder(overrideFolder))
            {
                years[year.Year] = year;
            }
        }

        return new WorkCalendar(years.Values);
    }

    /// <summary>Reads and validates every year file of one folder.</summary>
    public static IReadOnlyList<CalendarYear> ReadFolder(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(ReadFile)];

    /// <summary>Reads and validates one year file; its name must be <c>&lt;year&gt;.json</c> and match its <c>year</c>.</summary>
    public static CalendarYear ReadFile(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        if (!YearFileName().IsMatch(name))
        {
            throw new CalendarDataException(path, null, "a calendar file must be named <year>.json, e.g. 2026.json");
        }

        var year = Parse(File.ReadAllText(path), path);
        if (year.Year != int.Parse(name, NumberStyles.None, CultureInfo.InvariantCulture))
        {
            throw new CalendarDataException(path, null, string.Create(CultureInfo.InvariantCulture,
                $"the file declares year {year.Year}, which does not match its name"));
        }

        return year;
    }

    /// <summary>Parses and validates the JSON of one year file.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="source">The origin named in error messages (a path).</param>
    public static CalendarYear Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        CalendarYearDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, CalendarJsonContext.Default.CalendarYearDocument);
        }
        catch (JsonException e)
        {
            throw new CalendarDataException(source, null, "not a valid calendar year file: " + e.Message, e);
        }

        if (document is null)
        {
            throw new CalendarDataException(source, null, "the file is empty (null)");
        }

        var notice = new CalendarNotice(
            document.Notice.Title,
            document.Notice.Number,
            document.Notice.PublishedOn is { } published ? ParseDate(published, source, "notice.publishedOn") : null,
            document.Notice.Source);
        var breaks = document.Breaks.Select((b, i) => ToBreak(b, i, source));
        return new CalendarYear(document.Year, document.Provisional, notice, breaks, source);
    }

    private static HolidayBreak ToBreak(HolidayBreakDocument document, int index, string source)
    {
        var field = string.Create(CultureInfo.InvariantCulture, $"breaks[{index}]");
        return new HolidayBreak(
            document.Name,
            document.NameEn,
            ParseDate(document.DaysOff.From, source, field + ".daysOff.from"),
            ParseDate(document.DaysOff.To, source, field + ".daysOff.to"),
            [.. document.MakeupWorkdays.Select(d => ParseDate(d, source, field + ".makeupWorkdays"))]);
    }

    private static DateOnly ParseDate(string text, string source, string field) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new CalendarDataException(source, null, $"{field}: '{text}' is not a date in the form yyyy-MM-dd");

    [GeneratedRegex("^[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex YearFileName();
}
