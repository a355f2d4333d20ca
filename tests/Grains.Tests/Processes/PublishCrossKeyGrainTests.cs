using CaseFlow.Grains.Contracts.Processes;
using CaseFlow.Grains.Tests.Infrastructure;

namespace CaseFlow.Grains.Tests.Processes;

/// <summary>The cross-key checks of R81 (BPMN601, BPMN602) run by the definition grain itself, whoever publishes.</summary>
[Collection(ClusterCollection.Name)]
public sealed class PublishCrossKeyGrainTests(ClusterFixture fixture)
{
    private const string Actor = "supervisor-1";

    private async Task<IProcessDefinitionGrain> DeployAsync(string key, string xml)
    {
        var grain = fixture.Grains.GetGrain<IProcessDefinitionGrain>(key);
        var deployed = await grain.DeployAsync(new DeployProcess("modeler-1", xml));
        Assert.Null(deployed.Error);
        ListedProcessKeys.Add(key);
        return grain;
    }

    [Fact(DisplayName = "R81 BPMN601: publishing a message start name that another key's latest published version uses is refused; after that key retires it is not")]
    public async Task R81_duplicate_start_message_across_keys_is_refused()
    {
        var message = "filed_" + Guid.NewGuid().ToString("N");
        var first = ProcessFiles.NewKey();
        var second = ProcessFiles.NewKey();
        var owner = await DeployAsync(first, ProcessFiles.MessageStart(first, message));
        var latecomer = await DeployAsync(second, ProcessFiles.MessageStart(second, message));
        Assert.Null((await owner.PublishAsync(1, Actor)).Error);

        var refused = await latecomer.PublishAsync(1, Actor);

        Assert.Equal(ProcessErrorCodes.ModelInvalid, refused.Error?.Code);
        var diagnostic = Assert.Single(refused.Diagnostics);
        Assert.Equal("BPMN601", diagnostic.Code);
        Assert.True(diagnostic.IsError);
        Assert.Equal("byMessage", diagnostic.ElementId);
        Assert.Contains(first, diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(ProcessVersionStatus.Draft, (await latecomer.GetVersionsAsync()).Versions[0].Status);
        Assert.Equal(ProcessHistoryKinds.Deployed, Assert.Single((await latecomer.GetHistoryAsync()).Entries).Kind);

        await owner.UnpublishAsync(1, Actor);
        var published = await latecomer.PublishAsync(1, Actor);

        Assert.Null(published.Error);
        Assert.Equal(ProcessVersionStatus.Published, published.Version?.Status);
        Assert.Empty(published.Diagnostics);
    }

    [Fact(DisplayName = "R81 BPMN602: a call to a key with no published version publishes with the warning; once that key is published there is none")]
    public async Task R81_call_to_unpublished_key_publishes_with_a_warning()
    {
        var parentKey = ProcessFiles.NewKey();
        var childKey = ProcessFiles.NewKey();
        var parent = await DeployAsync(parentKey, ProcessFiles.Caller(parentKey, childKey));

        var warned = await parent.PublishAsync(1, Actor);

        Assert.Null(warned.Error);
        Assert.Equal(ProcessVersionStatus.Published, warned.Version?.Status);
        Assert.Equal(1, (await parent.GetLatestPublishedAsync()).Version?.Version);
        var warning = Assert.Single(warned.Diagnostics);
        Assert.Equal("BPMN602", warning.Code);
        Assert.Equal(ProcessDiagnostic.Warning, warning.Severity);
        Assert.Equal("call", warning.ElementId);
        Assert.Contains(childKey, warning.Message, StringComparison.Ordinal);

        var child = await DeployAsync(childKey, ProcessFiles.Simple(childKey));
        Assert.Null((await child.PublishAsync(1, Actor)).Error);
        await parent.DeployAsync(new DeployProcess("modeler-1", ProcessFiles.Caller(parentKey, childKey, "调用 2")));
        var clean = await parent.PublishAsync(2, Actor);

        Assert.Null(clean.Error);
        Assert.Empty(clean.Diagnostics);
    }

    [Fact(DisplayName = "R81: a key answers its latest published version and start message names, and nothing before it is published")]
    public async Task Published_start_messages_follow_the_latest_published_version()
    {
        var key = ProcessFiles.NewKey();
        var grain = await DeployAsync(key, ProcessFiles.MessageStart(key, "first_" + key));
        await grain.DeployAsync(new DeployProcess("modeler-1", ProcessFiles.MessageStart(key, "second_" + key)));

        var draft = await grain.GetPublishedStartMessagesAsync();
        await grain.PublishAsync(1, Actor);
        var one = await grain.GetPublishedStartMessagesAsync();
        await grain.PublishAsync(2, Actor);
        var two = await grain.GetPublishedStartMessagesAsync();
        var undeployed = await fixture.Grains.GetGrain<IProcessDefinitionGrain>(ProcessFiles.NewKey()).GetPublishedStartMessagesAsync();

        Assert.Null(draft.PublishedVersion);
        Assert.Empty(draft.StartMessageNames);
        Assert.Equal(1, one.PublishedVersion);
        Assert.Equal(["first_" + key], one.StartMessageNames.ToArray());
        Assert.Equal(2, two.PublishedVersion);
        Assert.Equal(["second_" + key], two.StartMessageNames.ToArray());
        Assert.Null(undeployed.PublishedVersion);
    }
}
