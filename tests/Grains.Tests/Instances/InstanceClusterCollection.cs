namespace CaseFlow.Grains.Tests.Instances;

/// <summary>Every instance test class shares one <see cref="InstanceClusterFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class InstanceClusterCollection : ICollectionFixture<InstanceClusterFixture>
{
    public const string Name = "instance-cluster";
}
