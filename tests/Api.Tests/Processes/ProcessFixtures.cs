using System.Text;

namespace CaseFlow.Api.Tests.Processes;

/// <summary>The BPMN files under <c>Fixtures/</c>, with their process keys renamed so tests sharing a node never meet.</summary>
public static class ProcessFixtures
{
    public static string Read(string fileName) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", fileName), Encoding.UTF8);

    /// <summary>The file with every occurrence of each given key replaced by a fresh one; returns the new keys in order.</summary>
    public static string WithFreshKeys(string fileName, out string[] keys, params string[] originalKeys)
    {
        var text = Read(fileName);
        keys = new string[originalKeys.Length];
        for (var i = 0; i < originalKeys.Length; i++)
        {
            keys[i] = originalKeys[i] + "_" + Guid.NewGuid().ToString("N")[..8];
            text = text.Replace("\"" + originalKeys[i] + "\"", "\"" + keys[i] + "\"", StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>The home-visit file under a fresh key.</summary>
    public static string HomeVisit(out string key)
    {
        var text = WithFreshKeys("home-visit.bpmn", out var keys, "home_visit");
        key = keys[0];
        return text;
    }
}
