using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Contracts.Processes;
using CaseFlow.Grains.Processes;
using CaseFlow.Grains.Tests.Infrastructure;

namespace CaseFlow.Grains.Tests.Processes;

/// <summary>Every <see cref="IProcessDefinitionGrain"/> method through a real cluster, so serialisation of each is exercised.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ProcessDefinitionGrainTests(ClusterFixture fixture)
{
    private const string Actor = "modeler-1";

    private IProcessDefinitionGrain NewProcess(out string key)
    {
        key = ProcessFiles.NewKey();
        return fixture.Grains.GetGrain<IProcessDefinitionGrain>(key);
    }

    [Fact(DisplayName = "The first deploy stores version 1 as a draft with name, version tag, hash and deployer")]
    public async Task First_deploy_is_version_1_draft()
    {
        var grain = NewProcess(out var key);
        var xml = ProcessFiles.Simple(key);

        var result = await grain.DeployAsync(new DeployProcess(Actor, xml));

        Assert.Null(result.Error);
        Assert.False(result.Unchanged);
        var version = Assert.IsType<ProcessVersionView>(result.Version);
        Assert.Equal(key, version.Key);
        Assert.Equal(1, version.Version);
        Assert.Equal(ProcessVersionStatus.Draft, version.Status);
        Assert.Equal("走访 " + key, version.Name);
        Assert.Equal("2026.1", version.VersionTag);
        Assert.Equal(ProcessXmlText.Sha256Of(xml), version.Sha256);
        Assert.Equal(64, version.Sha256.Length);
        Assert.Equal(ClusterFixture.Clock.GetUtcNow(), version.DeployedAt);
        Assert.Equal(Actor, version.DeployedBy);
        Assert.Null(version.PublishedAt);
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
    }

    [Fact(DisplayName = "A changed file becomes version 2; the same file again, even with CRLF line endings, is flagged unchanged")]
    public async Task Changed_file_is_v2_and_identical_file_is_unchanged()
    {
        var grain = NewProcess(out var key);
        await grain.DeployAsync(new DeployProcess(Actor, ProcessFiles.Simple(key)));

        var second = await grain.DeployAsync(new DeployProcess(Actor, ProcessFiles.Simple(key, "复访")));
        var again = await grain.DeployAsync(new DeployProcess("someone-else", ProcessFiles.Simple(key, "复访", newline: "\r\n")));

        Assert.Equal(2, second.Version?.Version);
        Assert.False(second.Unchanged);
        Assert.True(again.Unchanged);
        Assert.Equal(2, again.Version?.Version);
        Assert.Equal(Actor, again.Version?.DeployedBy);
        Assert.Equal([1, 2], (await grain.GetVersionsAsync()).Versions.Select(v => v.Version));
    }

    [Fact(DisplayName = "Redeploying an older file is a new version, never a reused number (roll back by redeploy)")]
    public async Task Redeploying_older_xml_creates_a_new_version()
    {
        var grain = NewProcess(out var key);
        await grain.DeployAsync(new DeployProcess(Actor, ProcessFiles.Simple(key)));
        await grain.DeployAsync(new DeployProcess(Actor, ProcessFiles.Simple(key, "复访")));

        var rollback = await grain.DeployAsync(new DeployProcess(Actor, ProcessFiles.Simple(key)));

        Assert.False(rollback.Unchanged);
        Assert.Equal(3, rollback.Version?.Version);
    }

    [Fact(DisplayName = "Publish, unpublish and latest published follow R81: the highest published version wins")]
    public async Task Publish_unpublish_and_latest_published()
    {
        var grain = NewProcess(out var key);
        await grain.DeployAsync(new DeployProcess(Actor, ProcessFiles.Simple(key)));
        await grain.DeployAsync(new DeployProcess(Actor, ProcessFiles.Simple(key, "复访")));
        Assert.Equal(ProcessErrorCodes.NoPublishedVersion, (await grain.GetLatestPublishedAsync()).Error?.Code);

        var first = await grain.PublishAsync(1, "supervisor-1");
        Assert.Equal(ProcessVersionStatus.Published, first.Version?.Status);
        Assert.Equal("supervisor-1", first.Version?.PublishedBy);
        Assert.Equal(ClusterFixture.Clock.GetUtcNow(), first.Version?.PublishedAt);
        Assert.Equal(1, (await grain.GetLatestPublishedAsync()).Version?.Version);

        await grain.PublishAsync(2, "supervisor-1");
        Assert.Equal(2, (await grain.GetLatestPublishedAsync()).Version?.Version);

        var retired = await grain.UnpublishAsync(2, "supervisor-2");
        Assert.Equal(ProcessVersionStatus.Retired, retired.Version?.Status);
        Assert.Equal("supervisor-2", retired.Version?.RetiredBy);
        Assert.Equal(1, (await grain.GetLatestPublishedAsync()).Version?.Version);

        await grain.UnpublishAsync(1, "supervisor-2");
        Assert.Equal(ProcessErrorCodes.NoPublishedVersion, (await grain.GetLatestPublishedAsync()).Error?.Code);
    }

    [Fact(DisplayName = "Publishing twice and retiring twice change nothing; a draft cannot be unpublished")]
    public async Task Repeated_commands_are_idempotent_and_draft_cannot_be_unpublished()
    {
        var grain = NewProcess(out var key);
        await grain.DeployAsync(new DeployProcess(Actor, ProcessFiles.Simple(key)));

        var refused = await grain.UnpublishAsync(1, Actor);
        await grain.PublishAsync(1, Actor);
        await grain.PublishAsync(1, Actor);
        await grain.UnpublishAsync(1, Actor);
        await grain.UnpublishAsync(1, Actor);
        var history = await grain.GetHistoryAsync();

        Assert.Equal(ProcessErrorCodes.VersionNotPublished, refused.Error?.Code);
        Assert.Null(history.Error);
        Assert.Equal(
            [ProcessHistoryKinds.Deployed, ProcessHistoryKinds.Published, ProcessHistoryKinds.Retired],
            history.Entries.Select(e => e.Kind));
        Assert.Equal([1, 2, 3], history.Entries.Select(e => e.Seq));
        Assert.All(history.Entries, e => Assert.Equal(Actor, e.Actor));
    }

    [Fact(DisplayName = "A retired version can be published again")]
    public async Task Retired_version_can_be_republished()
    {
        var grain = NewProcess(out var key);
        await grain.DeployAsync(new DeployProcess(Actor, ProcessFiles.Simple(key)));
        await grain.PublishAsync(1, Actor);
        await grain.UnpublishAsync(1, Actor);

        var again = await grain.PublishAsync(1, Actor);

        Assert.Equal(ProcessVersionStatus.Published, again.Version?.Status);
        Assert.Equal(1, (await grain.GetLatestPublishedAsync()).Version?.Version);
    }

    [Fact(DisplayName = "The versions list shows each version's status in version order")]
    public async Task Versions_list_in_order_with_status()
    {
        var grain = NewProcess(out var key);
        await grain.DeployAsync(new DeployProcess(Actor, ProcessFiles.Simple(key)));
        await grain.DeployAsync(new DeployProcess(Actor, ProcessFiles.Simple(key, "复访", versionTag: null)));
        await grain.DeployAsync(new DeployProcess(Actor, ProcessFiles.Simple(key, "三访")));
        await grain.PublishAsync(1, Actor);
        await grain.PublishAsync(2, Actor);
        await grain.UnpublishAsync(1, Actor);

        var versions = (await grain.GetVersionsAsync()).Versions;

        Assert.Equal(
            [(1, ProcessVersionStatus.Retired), (2, ProcessVersionStatus.Published), (3, ProcessVersionStatus.Draft)],
            versions.Select(v => (v.Version, v.Status)));
        Assert.Null(versions[1].VersionTag);
        Assert.Equal(3, versions.Select(v => v.Sha256).Distinct().Count());
    }

    [Fact(DisplayName = "The XML comes back exactly as deployed, line endings included")]
    public async Task Xml_round_trips()
    {
        var grain = NewProcess(out var key);
        var xml = ProcessFiles.Simple(key, newline: "\r\n");
        await grain.DeployAsync(new DeployProcess(Actor, xml));

        var read = await grain.GetXmlAsync(1);

        Assert.Null(read.Error);
        Assert.Equal(xml, read.Xml);
    }

    [Fact(DisplayName = "A file with errors is refused with MODEL_INVALID and every error, and nothing is stored")]
    public async Task Invalid_model_is_refused()
    {
        var grain = NewProcess(out var key);

        var result = await grain.DeployAsync(new DeployProcess(Actor, ProcessFiles.Invalid(key)));

        Assert.Null(result.Version);
        Assert.Equal(ProcessErrorCodes.ModelInvalid, result.Error?.Code);
        Assert.Equal(["BPMN014", "BPMN307"], result.Diagnostics.Where(d => d.IsError).Select(d => d.Code).Order());
        Assert.All(result.Diagnostics, d => Assert.True(d.Line > 0));
        Assert.Equal(ProcessErrorCodes.ProcessNotFound, (await grain.GetVersionsAsync()).Error?.Code);
    }

    [Fact(DisplayName = "A valid file without this key as an executable process is refused with PROCESS_NOT_IN_FILE")]
    public async Task File_without_the_key_is_refused()
    {
        var grain = NewProcess(out _);

        var result = await grain.DeployAsync(new DeployProcess(Actor, ProcessFiles.Simple(ProcessFiles.NewKey())));

        Assert.Equal(ProcessErrorCodes.ProcessNotInFile, result.Error?.Code);
        Assert.Equal(ProcessErrorCodes.ProcessNotFound, (await grain.GetVersionsAsync()).Error?.Code);
    }

    [Fact(DisplayName = "An unknown version answers VERSION_NOT_FOUND; an undeployed key answers PROCESS_NOT_FOUND")]
    public async Task Unknown_version_and_unknown_key()
    {
        var grain = NewProcess(out var key);
        var empty = NewProcess(out _);
        await grain.DeployAsync(new DeployProcess(Actor, ProcessFiles.Simple(key)));

        Assert.Equal(ProcessErrorCodes.VersionNotFound, (await grain.GetXmlAsync(2)).Error?.Code);
        Assert.Equal(ProcessErrorCodes.VersionNotFound, (await grain.GetXmlAsync(0)).Error?.Code);
        Assert.Equal(ProcessErrorCodes.VersionNotFound, (await grain.PublishAsync(7, Actor)).Error?.Code);
        Assert.Equal(ProcessErrorCodes.VersionNotFound, (await grain.UnpublishAsync(-1, Actor)).Error?.Code);
        Assert.Equal(ProcessErrorCodes.ProcessNotFound, (await empty.GetVersionsAsync()).Error?.Code);
        Assert.Equal(ProcessErrorCodes.ProcessNotFound, (await empty.GetXmlAsync(1)).Error?.Code);
        Assert.Equal(ProcessErrorCodes.ProcessNotFound, (await empty.PublishAsync(1, Actor)).Error?.Code);
        Assert.Equal(ProcessErrorCodes.ProcessNotFound, (await empty.UnpublishAsync(1, Actor)).Error?.Code);
        Assert.Equal(ProcessErrorCodes.ProcessNotFound, (await empty.GetLatestPublishedAsync()).Error?.Code);
        Assert.Equal(ProcessErrorCodes.ProcessNotFound, (await empty.GetHistoryAsync()).Error?.Code);
    }

    [Fact(DisplayName = "An empty file is refused as REQUIRED without parsing")]
    public async Task Empty_file_is_refused()
    {
        var grain = NewProcess(out _);

        var result = await grain.DeployAsync(new DeployProcess(Actor, "  "));

        Assert.Equal(DomainErrorCodes.Required, result.Error?.Code);
    }

    [Fact(DisplayName = "After every activation is collected, versions, statuses, XML and history are read back from storage")]
    public async Task State_survives_deactivation()
    {
        var grain = NewProcess(out var key);
        var xml = ProcessFiles.Simple(key);
        await grain.DeployAsync(new DeployProcess(Actor, xml));
        await grain.PublishAsync(1, Actor);
        var before = (await grain.GetVersionsAsync()).Versions;

        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        // ImmutableArray's own equality compares array references, so compare the elements.
        Assert.Equal(before.ToArray(), (await grain.GetVersionsAsync()).Versions.ToArray());
        Assert.Equal(xml, (await grain.GetXmlAsync(1)).Xml);
        Assert.Equal(2, (await grain.GetHistoryAsync()).Entries.Length);
    }
}
