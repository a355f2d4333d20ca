using System.Net;
using System.Text;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Api.Tests.Processes;
using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Grains.Instances;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Api.Tests.Notifications;

/// <summary>Creates work that notifies: a published home-visit process and instances of it, started on the node's grains.</summary>
/// <remarks>Instances start directly on the grain, so these tests depend only on notifications; what they produce still
/// travels the production path (state write, change feed, projector).</remarks>
internal sealed class WorkStarter(CaseFlowApiFactory factory, HttpClient supervisor)
{
    private string? _processKey;

    public WorkStarter(NodeFixture node)
        : this(node.Factory, node.Client)
    {
    }

    /// <summary>Starts a home visit in 太平村; its task "入户走访" has the caseworker candidate group.</summary>
    public async Task<string> StartHomeVisitAsync(string jurisdiction = DemoUsers.MemberVillage)
    {
        var key = await PublishedProcessAsync();
        var id = ProcessInstanceIds.New();
        var grains = factory.Services.GetRequiredService<IGrainFactory>();
        var result = await grains.GetGrain<IProcessInstanceGrain>(id).StartAsync(
            new StartProcessInstance(key, null, "bk", null, null, null, "supervisor", "start-" + id, jurisdiction));
        Assert.Null(result.Error);
        await factory.WaitForReadModelAsync();
        return id;
    }

    private async Task<string> PublishedProcessAsync()
    {
        if (_processKey is { } known)
        {
            return known;
        }

        var xml = ProcessFixtures.HomeVisit(out var key);
        using (var deploy = await supervisor.PostAsync(new Uri("/api/processes", UriKind.Relative), new StringContent(xml, Encoding.UTF8, "application/xml")))
        {
            Assert.Equal(HttpStatusCode.Created, deploy.StatusCode);
        }

        using (var publish = await supervisor.PostAsync(new Uri($"/api/processes/{key}/versions/1/publish", UriKind.Relative), null))
        {
            Assert.True(publish.IsSuccessStatusCode, $"publish: {(int)publish.StatusCode}");
        }

        await factory.WaitForReadModelAsync();
        _processKey = key;
        return key;
    }
}
