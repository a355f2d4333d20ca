using System.Text;
using System.Text.RegularExpressions;

namespace CaseFlow.Studio.Tests;

/// <summary>
/// The English switch must not leave Chinese behind: every key of the Chinese catalogue has an English text, and the
/// reverse. The catalogues are read from the source tree, so a key added to one file alone fails here, before a
/// browser ever shows the fallback.
/// </summary>
public sealed partial class CatalogueTests
{
    [Fact(DisplayName = "The Chinese and English catalogues of the studio have the same keys")]
    public void Catalogues_have_the_same_keys()
    {
        var folder = Path.Combine(RepositoryRoot(), "src", "Studio", "src", "i18n");
        var chinese = Keys(Path.Combine(folder, "zh-CN.js"));
        var english = Keys(Path.Combine(folder, "en.js"));

        Assert.True(chinese.Count > 100, "the Chinese catalogue was not read: " + chinese.Count + " keys");
        Assert.Empty(chinese.Except(english, StringComparer.Ordinal).Order(StringComparer.Ordinal));
        Assert.Empty(english.Except(chinese, StringComparer.Ordinal).Order(StringComparer.Ordinal));
    }

    private static HashSet<string> Keys(string file) =>
        CatalogueKey().Matches(File.ReadAllText(file, Encoding.UTF8)).Select(m => m.Groups["key"].Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>The folder holding CaseFlow.slnx, above the test's output folder.</summary>
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CaseFlow.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CaseFlow.slnx was not found above " + AppContext.BaseDirectory);
    }

    // One entry per line in both catalogues: two spaces, the quoted key, a colon.
    [GeneratedRegex(@"^  '(?<key>[^']+)':", RegexOptions.Multiline)]
    private static partial Regex CatalogueKey();
}
