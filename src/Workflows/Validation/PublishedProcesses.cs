namespace CaseFlow.Workflows.Validation;

/// <summary>What the cross-key checks of publishing (R81) need to know about the other keys.</summary>
/// <param name="StartMessageNamesByKey">
/// Every key with a published version, mapped to the message start names of its latest published version (empty
/// when it has none). A key missing from the map has no published version.
/// </param>
public sealed record PublishedProcesses(IReadOnlyDictionary<string, IReadOnlyCollection<string>> StartMessageNamesByKey)
{
    /// <summary>No key is published yet.</summary>
    public static PublishedProcesses None { get; } = new(new Dictionary<string, IReadOnlyCollection<string>>(StringComparer.Ordinal));

    /// <summary>True when <paramref name="key"/> has a published version.</summary>
    public bool IsPublished(string key) => StartMessageNamesByKey.ContainsKey(key);
}
