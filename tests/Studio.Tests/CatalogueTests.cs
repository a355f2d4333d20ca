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

    [Fact(DisplayName = "Every instance history kind, including the engine's task change words, has a label in both catalogues")]
    public void History_kinds_are_labelled()
    {
        var root = RepositoryRoot();
        var kinds = new[]
            {
                Path.Combine(root, "src", "Grains", "Contracts", "Instances", "InstanceHistoryKinds.cs"),
                Path.Combine(root, "src", "Workflows", "Execution", "Effects", "TaskChanges.cs"),
            }
            .SelectMany(file => HistoryKind().Matches(File.ReadAllText(file, Encoding.UTF8)).Select(m => "history." + m.Groups["kind"].Value))
            .ToList();
        var folder = Path.Combine(root, "src", "Studio", "src", "i18n");
        var chinese = Keys(Path.Combine(folder, "zh-CN.js"));

        Assert.True(kinds.Count > 30, "the history kinds were not read: " + kinds.Count);
        Assert.Empty(kinds.Except(chinese, StringComparer.Ordinal));
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

    // A history kind is a public string constant whose value is one camelCase word.
    [GeneratedRegex(@"public const string \w+ = ""(?<kind>[a-z][A-Za-z]+)"";")]
    private static partial Regex HistoryKind();
}
