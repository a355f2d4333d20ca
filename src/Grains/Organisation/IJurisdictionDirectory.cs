namespace CaseFlow.Grains.Organisation;

/// <summary>Read access to the jurisdiction tree, cached in memory; the tree changes rarely and only through admins.</summary>
public interface IJurisdictionDirectory
{
    /// <summary>The jurisdiction with that code, or null.</summary>
    ValueTask<Jurisdiction?> FindAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>Every jurisdiction, county first, then towns and villages in their seeded order.</summary>
    ValueTask<IReadOnlyList<Jurisdiction>> ListAsync(CancellationToken cancellationToken = default);
}
