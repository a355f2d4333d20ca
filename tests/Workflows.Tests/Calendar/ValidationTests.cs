using CaseFlow.Workflows.Calendar;
using static CaseFlow.Workflows.Tests.Calendar.ShippedCalendar;

namespace CaseFlow.Workflows.Tests.Calendar;

/// <summary>Bad year files are rejected on load, with the file and the date in the error.</summary>
public sealed class ValidationTests
{
    [Theory(DisplayName = "A break that breaks a rule is rejected, naming the file and the date")]
    [InlineData( // make-up day on a weekday
        """[{ "name": "春节", "daysOff": { "from": "2025-01-28", "to": "2025-02-04" }, "makeupWorkdays": ["2025-01-27"] }]""",
        "2025-01-27", "Saturday or Sunday")]
    [InlineData( // the same day off and make-up
        """[{ "name": "春节", "daysOff": { "from": "2025-01-25", "to": "2025-02-04" }, "makeupWorkdays": ["2025-01-26"] }]""",
        "2025-01-26", "both as a day off and as a make-up")]
    [InlineData( // a date two years away
        """[{ "name": "元旦", "daysOff": { "from": "2023-01-01", "to": "2023-01-01" } }]""",
        "2023-01-01", "adjacent year")]
    [InlineData( // the range written backwards
        """[{ "name": "劳动节", "daysOff": { "from": "2025-05-05", "to": "2025-05-01" } }]""",
        "2025-05-05", "before it starts")]
    [InlineData( // overlapping breaks
        """[{ "name": "a", "daysOff": { "from": "2025-05-01", "to": "2025-05-03" } }, { "name": "b", "daysOff": { "from": "2025-05-03", "to": "2025-05-04" } }]""",
        "2025-05-03", "day off twice")]
    public void BadBreak_IsRejected(string breaks, string date, string problem)
    {
        using var folder = new TempCalendarFolder();
        var path = folder.Write("2025.json", TempCalendarFolder.YearJson(2025, breaks));

        var error = Assert.Throws<CalendarDataException>(() => WorkCalendarLoader.Load(folder.Path));

        Assert.Equal(path, error.Source);
        Assert.Equal(Date(date), error.Date);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains(date, error.Message, StringComparison.Ordinal);
    }

    [Theory(DisplayName = "A malformed file is rejected, naming the file")]
    [InlineData("2025.json", """{ "year": 2025, "notice": { "source": "x" }, "breaks": [{ "name": "元旦", "daysOff": { "from": "2025-1-1", "to": "2025-01-01" } }] }""", "'2025-1-1' is not a date")]
    [InlineData("2025.json", """{ "year": 2025, "notice": { "source": "x" }, "makeUpWorkdays": [] }""", "makeUpWorkdays")]
    [InlineData("2025.json", """{ "year": 2025, "breaks": [] }""", "notice")]
    [InlineData("2025.json", """{ "year": 2025, "notice": { "number": "1" } }""", "title or a source")]
    [InlineData("2025.json", """{ "year": 2024, "notice": { "source": "x" } }""", "does not match its name")]
    [InlineData("2025.json", """{ "year": 2025, "provisional": true, "notice": { "source": "x" }, "breaks": [{ "name": "元旦", "daysOff": { "from": "2025-01-01", "to": "2025-01-01" } }] }""", "provisional")]
    [InlineData("2025.json", "not json", "not a valid calendar year file")]
    [InlineData("calendar-2025.json", """{ "year": 2025, "notice": { "source": "x" } }""", "<year>.json")]
    public void BadFile_IsRejected(string fileName, string json, string problem)
    {
        using var folder = new TempCalendarFolder();
        var path = folder.Write(fileName, json);

        var error = Assert.Throws<CalendarDataException>(() => WorkCalendarLoader.Load(folder.Path));

        Assert.Equal(path, error.Source);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.StartsWith(CalendarDataException.Code, error.Message, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "Two notices may not disagree on a day across New Year")]
    public void CrossFileConflict_IsRejected()
    {
        // The 2026 file makes 2025-12-31 off; a 2025 file that makes it a make-up day cannot be right (and it is a
        // Wednesday, so the make-up check would fire first: use the Saturday 2025-12-27 instead).
        using var folder = new TempCalendarFolder();
        folder.Write("2025.json", TempCalendarFolder.YearJson(2025, """
            [{ "name": "x", "daysOff": { "from": "2025-10-01", "to": "2025-10-01" }, "makeupWorkdays": ["2025-12-27"] }]
            """));
        var later = folder.Write("2026.json", TempCalendarFolder.YearJson(2026, """
            [{ "name": "元旦", "daysOff": { "from": "2025-12-27", "to": "2026-01-01" } }]
            """));

        var error = Assert.Throws<CalendarDataException>(() => WorkCalendarLoader.Load(folder.Path));

        Assert.Equal(Date("2025-12-27"), error.Date);
        Assert.Contains(later, error.Message, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "A provisional year needs no breaks and loads")]
    public void ProvisionalWithoutBreaks_Loads()
    {
        using var folder = new TempCalendarFolder();
        folder.Write("2030.json", TempCalendarFolder.YearJson(2030, provisional: true));

        Assert.True(WorkCalendarLoader.Load(folder.Path).IsProvisional(2030));
    }
}
