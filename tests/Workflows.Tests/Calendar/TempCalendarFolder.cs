namespace CaseFlow.Workflows.Tests.Calendar;

/// <summary>A scratch folder of year files, deleted when the test ends.</summary>
internal sealed class TempCalendarFolder : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("caseflow-calendar-");

    public string Path => _directory.FullName;

    /// <summary>Writes <paramref name="json"/> as <paramref name="fileName"/> and returns the file's path.</summary>
    public string Write(string fileName, string json)
    {
        var path = System.IO.Path.Combine(Path, fileName);
        File.WriteAllText(path, json);
        return path;
    }

    /// <summary>A minimal year file: one break and its make-up days, or a provisional year.</summary>
    public static string YearJson(int year, string breaks = "[]", bool provisional = false, string extra = "") => $$"""
        {
          "year": {{year}},
          "provisional": {{(provisional ? "true" : "false")}},
          "notice": { "source": "test data" },
          "breaks": {{breaks}}{{extra}}
        }
        """;

    public void Dispose() => _directory.Delete(recursive: true);
}
