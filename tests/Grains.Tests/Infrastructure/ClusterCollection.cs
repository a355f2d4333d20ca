namespace CaseFlow.Grains.Tests.Infrastructure;

/// <summary>Every class in this collection shares one <see cref="ClusterFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
