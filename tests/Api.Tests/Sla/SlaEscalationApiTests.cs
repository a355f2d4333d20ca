using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Api.Tests.Processes;
using CaseFlow.Api.Tests.Tasks;
using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Grains.Contracts.Processes;
using CaseFlow.Grains.Identity;
using CaseFlow.Grains.Instances;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Api.Tests.Sla;

/// <summary>
/// The SLA ladder of a village task through REST on a fake clock (DOMAIN.md §6.4): who finds what in their inbox at
/// the warning, the breach, the reminders and the climb, the director's overdue list, and the history naming who
/// was told.
/// </summary>
public abstract class SlaEscalationApiTests
{
    /// <summary>A factory for a node of the subclass's database on <paramref name="time"/>.</summary>
    protected abstract Task<CaseFlowApiFactory> CreateAsync(FakeTimeProvider time);

    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact(DisplayName = "A village task warns its worker and the supervisors, breaches one level up to the town caseworker, climbs, and lands on the director's overdue list")]
    public async Task Ladder_reaches_the_right_inboxes()
    {
        await using var node = await FakeTimeNode.StartAsync(CreateAsync, Start);
        var (instanceId, taskId) = await StartVillageVisitAsync(node);

        await node.Clock.AdvanceToAsync(Start.AddDays(3).AddMinutes(1));
        Assert.Equal(["taskAtRisk"], await InboxKindsAsync(node, Roles.VillageMember, instanceId));
        Assert.Equal(["taskAtRisk"], await InboxKindsAsync(node, Roles.Supervisor, instanceId));
        Assert.Empty(await InboxKindsAsync(node, Roles.Caseworker, instanceId));

        await node.Clock.AdvanceToAsync(Start.AddDays(4).AddMinutes(1));
        Assert.Equal(["taskAtRisk", "taskOverdue"], await InboxKindsAsync(node, Roles.VillageMember, instanceId));
        Assert.Equal(["taskEscalated"], await InboxKindsAsync(node, Roles.Caseworker, instanceId));

        // One day at a time: a node that wakes late sends only the latest reminder.
        await node.Clock.AdvanceToAsync(Start.AddDays(5).AddMinutes(1));
        await node.Clock.AdvanceToAsync(Start.AddDays(6).AddMinutes(1));
        Assert.Equal(["taskAtRisk", "taskOverdue", "taskReminder", "taskReminder"], await InboxKindsAsync(node, Roles.VillageMember, instanceId));
        Assert.Equal(["taskAtRisk", "taskEscalated"], await InboxKindsAsync(node, Roles.Supervisor, instanceId));
        Assert.Empty(await OverdueListAsync(node, Roles.Director, taskId));

        await node.Clock.AdvanceToAsync(Start.AddDays(7).AddMinutes(1));
        Assert.Equal(["taskOverdueListed"], await InboxKindsAsync(node, Roles.Director, instanceId));
        var listed = Assert.Single(await OverdueListAsync(node, Roles.Director, taskId));
        var sla = listed.GetProperty("sla");
        Assert.Equal(("overdue", Start.AddDays(7).AddMinutes(1)), (sla.GetProperty("status").GetString(), sla.GetProperty("overdueListedAt").GetDateTimeOffset()));
        Assert.Equal(sla.GetProperty("dueAt").GetDateTimeOffset(), sla.GetProperty("breachAt").GetDateTimeOffset());

        var supervisor = await node.AsAsync(Roles.Supervisor);
        var history = await supervisor.GetFromJsonAsync<JsonElement>(TaskApiKit.Url($"/api/instances/{instanceId}/history"));
        string[] Notified(string kind) =>
            [.. Assert.Single(history.EnumerateArray(), e => e.GetProperty("kind").GetString() == kind).GetProperty("notified").EnumerateArray().Select(l => l.GetString()!)];

        Assert.Equal([DemoUsers.LoginOf(Roles.Supervisor)], Notified(InstanceHistoryKinds.SlaWarningCopied));
        Assert.Equal([DemoUsers.LoginOf(Roles.Caseworker)], Notified(InstanceHistoryKinds.SlaEscalatedToCaseworker));
        Assert.Equal([DemoUsers.LoginOf(Roles.Supervisor)], Notified(InstanceHistoryKinds.SlaEscalated));
        Assert.Equal([DemoUsers.LoginOf(Roles.Director)], Notified(InstanceHistoryKinds.SlaOverdueListed));
        Assert.Empty(Notified(InstanceHistoryKinds.Started));
    }

    private static async Task<(string InstanceId, string TaskId)> StartVillageVisitAsync(FakeTimeNode node)
    {
        var grains = node.Factory.Services.GetRequiredService<IGrainFactory>();
        var xml = ProcessFixtures.WithFreshKeys("village-visit-ladder.bpmn", out var keys, "village_visit_ladder");
        var definition = grains.GetGrain<IProcessDefinitionGrain>(keys[0]);
        var deployed = await definition.DeployAsync(new DeployProcess("supervisor", xml));
        Assert.Null(deployed.Error);
        Assert.Null((await definition.PublishAsync(deployed.Version!.Version, "supervisor")).Error);

        var instanceId = ProcessInstanceIds.New();
        var started = await grains.GetGrain<IProcessInstanceGrain>(instanceId).StartAsync(
            new StartProcessInstance(keys[0], null, "LADDER-" + instanceId[^6..], null, null, null, "supervisor", Guid.NewGuid().ToString("N"), DemoUsers.MemberVillage));
        Assert.Null(started.Error);
        return (instanceId, started.Instance!.Tasks.Single().TaskId);
    }

    /// <summary>The kinds of the notifications about <paramref name="instanceId"/> in the inbox of <paramref name="role"/>'s demo user, oldest first.</summary>
    private static async Task<string[]> InboxKindsAsync(FakeTimeNode node, string role, string instanceId)
    {
        await node.Factory.WaitForReadModelAsync();
        var client = await node.AsAsync(role);
        var page = await client.GetFromJsonAsync<JsonElement>(TaskApiKit.Url("/api/notifications?pageSize=200"));
        return
        [
            .. page.GetProperty("items").EnumerateArray()
                .Where(n => n.GetProperty("instanceId").GetString() == instanceId && n.GetProperty("kind").GetString() != "taskAvailable")
                .Reverse()
                .Select(n => n.GetProperty("kind").GetString()!),
        ];
    }

    private static async Task<JsonElement[]> OverdueListAsync(FakeTimeNode node, string role, string taskId)
    {
        await node.Factory.WaitForReadModelAsync();
        var client = await node.AsAsync(role);
        var page = await client.GetFromJsonAsync<JsonElement>(TaskApiKit.Url("/api/tasks?overdueList=true&pageSize=100"));
        return [.. page.GetProperty("items").EnumerateArray().Where(t => t.GetProperty("id").GetString() == taskId)];
    }
}
