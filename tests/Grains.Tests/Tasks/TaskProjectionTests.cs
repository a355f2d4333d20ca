using CaseFlow.Grains.Instances;
using CaseFlow.Grains.ReadModel;
using CaseFlow.Grains.Storage;
using CaseFlow.Grains.Tasks;
using CaseFlow.Grains.Tasks.ReadModel;
using CaseFlow.Grains.Tests.Persons;
using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Sla;
using Microsoft.Data.Sqlite;

namespace CaseFlow.Grains.Tests.Tasks;

/// <summary>The worklist projection and its SQL filters against a real SQLite schema built by the embedded migrations.</summary>
public sealed class TaskProjectionTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
    private const string Town = "610921.01";
    private const string Village = "610921.01.001";
    private const string OtherTown = "610921.02";

    private readonly string _path = Path.Combine(Path.GetTempPath(), "caseflow-tasks-" + Guid.NewGuid().ToString("N") + ".db");
    private readonly TaskProjection _projection = new(PersonStateSerializationTests.Serializer);
    private CaseFlowDatabase _database = null!;

    public async System.Threading.Tasks.Task InitializeAsync()
    {
        _database = new CaseFlowDatabase(SqliteFactory.Instance.CreateDataSource($"Data Source={_path};Pooling=False"), SqlDialect.Sqlite);
        await new SchemaMigrator(_database).MigrateAsync();
    }

    public System.Threading.Tasks.Task DisposeAsync()
    {
        File.Delete(_path);
        return System.Threading.Tasks.Task.CompletedTask;
    }

    private static UserTaskInstance Task(string id, string? assignee = null, string[]? groups = null, string[]? users = null, int priority = 50, int createdMinutes = 0) =>
        new($"{id}", "e-" + id, "Review", "Review " + id, assignee, [.. users ?? []], [.. groups ?? ["caseworker"]], null, null, priority, T0.AddMinutes(createdMinutes));

    private static ProcessInstanceState Instance(string id, string? jurisdiction, InstanceStatus status, params UserTaskInstance[] tasks) => new()
    {
        Instance = InstanceState.Create(id, "home_visit", 1) with { Status = status, BusinessKey = "BK-" + id, Tasks = [.. tasks] },
        JurisdictionCode = jurisdiction,
        PersonId = "P-" + id,
        TaskClocks = [.. tasks.Select(t => new TaskClock(t.TaskId, null, T0.AddDays(5), T0.AddDays(4), SlaUnit.CalendarDays, false))],
    };

    private async System.Threading.Tasks.Task ApplyAsync(string instanceId, ProcessInstanceState? state)
    {
        await using var connection = await _database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var payload = state is null ? null : PersonStateSerializationTests.Serializer.Serialize(state);
        await _projection.ApplyAsync(new ProjectionContext(connection, transaction, SqlDialect.Sqlite), instanceId, 1, payload, default);
        await transaction.CommitAsync();
    }

    private System.Threading.Tasks.Task<TaskListPage> ListAsync(TaskViewer viewer, TaskFilter? filter = null, string sort = TaskSorts.Created, DateTimeOffset? now = null, int pageSize = 20) =>
        new TaskQueries(_database).ListAsync(new TaskListQuery(viewer, filter ?? new TaskFilter(), sort, false, 1, pageSize, now ?? T0));

    private static TaskViewer Caseworker(string login = "cw") => new(login, [new TaskGrant("caseworker", Town, false, true)]);

    [Fact(DisplayName = "A snapshot's open tasks become rows with links, candidates and SLA; a later snapshot replaces them; an ended instance has none")]
    public async System.Threading.Tasks.Task Snapshot_rows_are_replaced()
    {
        await ApplyAsync("I1", Instance("I1", Village, InstanceStatus.Active, Task("t1", users: ["alice"]), Task("t2")));
        var director = new TaskViewer("d", [new TaskGrant("director", "610921", true, true)]);

        var first = await ListAsync(director);
        await ApplyAsync("I1", Instance("I1", Village, InstanceStatus.Active, Task("t2", assignee: "bob")));
        var second = await ListAsync(director);
        await ApplyAsync("I1", Instance("I1", Village, InstanceStatus.Completed));
        var ended = await ListAsync(director);

        Assert.Equal(["t1", "t2"], first.Items.Select(i => i.Id));
        var row = first.Items[0];
        Assert.Equal(("I1", Village, "P-I1", "BK-I1", "home_visit"), (row.InstanceId, row.JurisdictionCode, row.PersonId, row.BusinessKey, row.ProcessKey));
        Assert.Equal(["alice"], row.CandidateUsers);
        Assert.Equal(["caseworker"], row.CandidateGroups);
        Assert.Equal(new TaskSlaView(SlaStatuses.OnTrack, T0.AddDays(5), T0.AddDays(4), false, 10), row.Sla);
        Assert.Equal("bob", Assert.Single(second.Items).Assignee);
        Assert.Empty(ended.Items);
    }

    [Fact(DisplayName = "Visibility in SQL: a town caseworker sees the town's tasks, an assessor only tasks put to them, no grant nothing")]
    public async System.Threading.Tasks.Task Visibility()
    {
        await ApplyAsync("I1", Instance("I1", Village, InstanceStatus.Active, Task("t1")));
        await ApplyAsync("I2", Instance("I2", OtherTown, InstanceStatus.Active, Task("t2"), Task("t3", assignee: "assessor-1", groups: ["assessor"])));
        await ApplyAsync("I3", Instance("I3", OtherTown + ".001", InstanceStatus.Active, Task("t4", groups: ["assessor"], users: ["assessor-1"])));
        var assessor = new TaskViewer("assessor-1", [new TaskGrant("assessor", "610921", true, false)]);

        Assert.Equal(["t1"], (await ListAsync(Caseworker())).Items.Select(i => i.Id));
        Assert.Equal(["t3", "t4"], (await ListAsync(assessor)).Items.Select(i => i.Id));
        Assert.Empty((await ListAsync(new TaskViewer("nobody", []))).Items);
    }

    [Fact(DisplayName = "Filters: mine, candidate, unassigned, jurisdiction, person, priority, SLA status, overdue, free text; each in SQL")]
    public async System.Threading.Tasks.Task Filters()
    {
        await ApplyAsync("I1", Instance("I1", Village, InstanceStatus.Active,
            Task("t1", assignee: "cw", priority: 80), Task("t2", groups: ["supervisor"]), Task("t3", users: ["cw"], groups: [])));
        await ApplyAsync("I2", Instance("I2", Town + ".002", InstanceStatus.Active, Task("t4", priority: 10)));
        var viewer = Caseworker();

        Assert.Equal(["t1"], (await ListAsync(viewer, new TaskFilter(AssignedToMe: true))).Items.Select(i => i.Id));
        Assert.Equal(["t3", "t4"], (await ListAsync(viewer, new TaskFilter(CandidateForMe: true))).Items.Select(i => i.Id));
        Assert.Equal(["t2", "t3", "t4"], (await ListAsync(viewer, new TaskFilter(Unassigned: true))).Items.Select(i => i.Id));
        Assert.Equal(["t4"], (await ListAsync(viewer, new TaskFilter(Jurisdiction: Town + ".002"))).Items.Select(i => i.Id));
        Assert.Equal(["t4"], (await ListAsync(viewer, new TaskFilter(PersonId: "P-I2"))).Items.Select(i => i.Id));
        Assert.Equal(["t1"], (await ListAsync(viewer, new TaskFilter(PriorityMin: 60))).Items.Select(i => i.Id));
        Assert.Equal(["t4"], (await ListAsync(viewer, new TaskFilter(Q: "BK-I2"))).Items.Select(i => i.Id));
        Assert.Empty((await ListAsync(viewer, new TaskFilter(Q: "%"))).Items);
        Assert.Equal(4, (await ListAsync(viewer, new TaskFilter(Sla: SlaStatuses.AtRisk), now: T0.AddDays(4.5))).Total);
        Assert.Equal(4, (await ListAsync(viewer, new TaskFilter(Overdue: true), now: T0.AddDays(5))).Total);
        Assert.Equal(0, (await ListAsync(viewer, new TaskFilter(Overdue: true), now: T0.AddDays(4.9))).Total);
        var overdueRow = (await ListAsync(viewer, now: T0.AddDays(6))).Items[0];
        Assert.Equal(SlaStatuses.Overdue, overdueRow.Sla.Status);
    }

    [Fact(DisplayName = "Sorting by priority and paging are stable; the total counts every match")]
    public async System.Threading.Tasks.Task Sort_and_page()
    {
        await ApplyAsync("I1", Instance("I1", Village, InstanceStatus.Active,
            Task("a", priority: 30, createdMinutes: 3), Task("b", priority: 90, createdMinutes: 2), Task("c", priority: 30, createdMinutes: 1)));
        var queries = new TaskQueries(_database);

        var byPriority = await queries.ListAsync(new TaskListQuery(Caseworker(), new TaskFilter(), TaskSorts.Priority, true, 1, 20, T0));
        var page2 = await queries.ListAsync(new TaskListQuery(Caseworker(), new TaskFilter(), TaskSorts.Created, false, 2, 2, T0));

        Assert.Equal(["b", "c", "a"], byPriority.Items.Select(i => i.Id));
        Assert.Equal((3, "a"), (page2.Total, Assert.Single(page2.Items).Id));
    }

    [Fact(DisplayName = "Saved filters belong to their owner, have unique names and round-trip the filter")]
    public async System.Threading.Tasks.Task Saved_filters()
    {
        var store = new TaskFilterStore(_database);
        var filter = new TaskFilter(AssignedToMe: true, Sla: SlaStatuses.Overdue, DueBefore: T0);

        var saved = await store.SaveAsync("cw", "mine late", filter, T0);
        var duplicate = await store.SaveAsync("cw", "mine late", filter, T0);
        var others = await store.ListAsync("someone-else");
        var mine = await store.ListAsync("cw");

        Assert.NotNull(saved);
        Assert.Null(duplicate);
        Assert.Empty(others);
        Assert.Equal(filter, Assert.Single(mine).Filter);
        Assert.False(await store.DeleteAsync("someone-else", saved!.Id));
        Assert.True(await store.DeleteAsync("cw", saved.Id));
        Assert.Empty(await store.ListAsync("cw"));
    }
}
