namespace CaseFlow.Studio.Tests.Infrastructure;

/// <summary>All browser tests share one node and one browser: starting them is most of the cost.</summary>
[CollectionDefinition(Name)]
public sealed class StudioCollection : ICollectionFixture<StudioFixture>
{
    public const string Name = "studio";
}
