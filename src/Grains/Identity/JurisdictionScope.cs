namespace CaseFlow.Grains.Identity;

/// <summary>
/// Where a caller may act: the whole county, or a set of towns and villages. Applied in SQL to lists and checked
/// against a person's town and village for single reads and writes.
/// </summary>
/// <param name="County">True when the scope covers every town and village.</param>
/// <param name="Towns">Town codes covered with all their villages.</param>
/// <param name="Villages">Village codes covered on their own.</param>
public sealed record JurisdictionScope(bool County, IReadOnlyList<string> Towns, IReadOnlyList<string> Villages)
{
    /// <summary>No jurisdiction at all: the caller may see nothing.</summary>
    public static JurisdictionScope None { get; } = new(false, [], []);

    /// <summary>The whole county.</summary>
    public static JurisdictionScope Everywhere { get; } = new(true, [], []);

    public bool IsEmpty => !County && Towns.Count == 0 && Villages.Count == 0;

    /// <summary>True when a person in that town and village lies inside the scope.</summary>
    public bool Contains(string? townCode, string? villageCode) =>
        County
        || (townCode is not null && Towns.Contains(townCode, StringComparer.Ordinal))
        || (villageCode is not null && Villages.Contains(villageCode, StringComparer.Ordinal));

    /// <summary>True when something worked in <paramref name="jurisdictionCode"/> (a town or village code) lies inside the scope.</summary>
    public bool Covers(string? jurisdictionCode) =>
        County || (jurisdictionCode is not null && Contains(Instances.ReadModel.JurisdictionCodes.TownOf(jurisdictionCode), jurisdictionCode));
}
