namespace CaseFlow.Silo.Seeding;

/// <summary>The shape of <c>seeds/org/*.json</c>: one county with its towns and villages.</summary>
internal sealed record OrganisationSeed(string Source, OrganisationSeed.Node County, IReadOnlyList<OrganisationSeed.Town> Towns)
{
    public sealed record Node(string Code, string Name);

    public sealed record Town(string Code, string Name, string Pinyin, bool Verified, IReadOnlyList<Village> Villages);

    public sealed record Village(string Code, string Name, bool Verified, string? Note);
}
