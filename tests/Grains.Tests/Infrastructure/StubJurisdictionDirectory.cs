using CaseFlow.Grains.Organisation;

namespace CaseFlow.Grains.Tests.Infrastructure;

/// <summary>A two-town county, so tests can tell a village's own town from another.</summary>
public sealed class StubJurisdictionDirectory : IJurisdictionDirectory
{
    public const string Town1 = "T1";
    public const string Village1 = "T1-V1";
    public const string Town2 = "T2";
    public const string Village2 = "T2-V1";

    private static readonly Jurisdiction[] All =
    [
        new("C", "汉阴县", null, JurisdictionLevel.County, true),
        new(Town1, "城关镇", "C", JurisdictionLevel.Town, true),
        new(Village1, "太平村", Town1, JurisdictionLevel.Village, true),
        new(Town2, "涧池镇", "C", JurisdictionLevel.Town, true),
        new(Village2, "五坪村", Town2, JurisdictionLevel.Village, true),
    ];

    public ValueTask<Jurisdiction?> FindAsync(string code, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(All.FirstOrDefault(j => j.Code == code));

    public ValueTask<IReadOnlyList<Jurisdiction>> ListAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<Jurisdiction>>(All);
}
