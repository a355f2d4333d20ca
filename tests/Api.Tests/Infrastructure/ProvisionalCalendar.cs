using System.Globalization;

namespace CaseFlow.Api.Tests.Infrastructure;

/// <summary>
/// An override folder with provisional Mon–Fri years for this year and the next when the shipped calendar lacks them,
/// so tests that count from today's date keep working after the last shipped year.
/// </summary>
public static class ProvisionalCalendar
{
    public static IReadOnlyDictionary<string, string?> Settings()
    {
        var folder = Path.Combine(Path.GetTempPath(), "caseflow-tests", "calendar-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var shipped = Path.Combine(AppContext.BaseDirectory, "seeds", "calendars", "cn");
        var year = DateTime.UtcNow.Year;
        foreach (var y in new[] { year, year + 1 })
        {
            if (!File.Exists(Path.Combine(shipped, y.ToString(CultureInfo.InvariantCulture) + ".json")))
            {
                File.WriteAllText(Path.Combine(folder, y.ToString(CultureInfo.InvariantCulture) + ".json"), string.Create(CultureInfo.InvariantCulture,
                    $$"""{ "year": {{y}}, "provisional": true, "notice": { "title": null, "number": null, "publishedOn": null, "source": "test: provisional Mon–Fri year" }, "breaks": [] }"""));
            }
        }

        return new Dictionary<string, string?> { ["Calendar:OverrideFolder"] = folder };
    }
}
