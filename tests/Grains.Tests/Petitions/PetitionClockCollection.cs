namespace CaseFlow.Grains.Tests.Petitions;

/// <summary>The petition tests that move their cluster's clock share one <see cref="PetitionClockClusterFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class PetitionClockCollection : ICollectionFixture<PetitionClockClusterFixture>
{
    public const string Name = "petition-clock-cluster";
}
