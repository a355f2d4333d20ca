using System.Collections.Immutable;
using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Grains.Identity;
using CaseFlow.Grains.Instances;
using CaseFlow.Grains.Notifications;
using CaseFlow.Grains.Notifications.Webhooks;
using CaseFlow.Grains.ReadModel;
using CaseFlow.Grains.Storage;
using CaseFlow.Grains.Tests.Infrastructure;
using CaseFlow.Grains.Tests.Persons;
using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.State;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Grains.Tests.Notifications;

/// <summary>The notification producer against a real SQLite schema: who is notified, once, whatever is replayed.</summary>
public sealed class NotificationProjectionTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);
    private readonly string _path = Path.Combine(Path.GetTempPath(), "caseflow-notify-" + Guid.NewGuid().ToString("N") + ".db");
    private readonly NotificationProjection _projection = new(
        PersonStateSerializationTests.Serializer, new StubJurisdictionDirectory(), new FakeTimeProvider(Now), NullLogger<NotificationProjection>.Instance);

    private CaseFlowDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = new CaseFlowDatabase(SqliteFactory.Instance.CreateDataSource($"Data Source={_path};Pooling=False"), SqlDialect.Sqlite);
        await new SchemaMigrator(_database).MigrateAsync();
        var order = 0;
        foreach (var j in await new StubJurisdictionDirectory().ListAsync())
        {
            await ExecuteAsync(
                "INSERT INTO org_jurisdictions (code, name, parent_code, level, verified, sort_order) VALUES (@c, @n, @p, @l, 1, @o)",
                ("c", j.Code), ("n", j.Name), ("p", j.ParentCode), ("l", j.Level.ToString().ToLowerInvariant()), ("o", order++));
        }

        await AddUserAsync("cw.t1", Roles.Caseworker, StubJurisdictionDirectory.Town1);
        await AddUserAsync("cw.t2", Roles.Caseworker, StubJurisdictionDirectory.Town2);
        await AddUserAsync("sup.county", Roles.Supervisor, "C");
        await AddUserAsync("member.v1", Roles.VillageMember, StubJurisdictionDirectory.Village1);
        await ExecuteAsync(
            "INSERT INTO rm_process_versions (process_key, version, name, status, version_tag, deployed_at, deployed_by, published_at, sha256) " +
            "VALUES ('home-visit', 1, '上门办证', 'published', NULL, 'x', 'sup', NULL, 'h')");
    }

    public Task DisposeAsync()
    {
        File.Delete(_path);
        return Task.CompletedTask;
    }

    [Fact(DisplayName = "A created task notifies its candidate group in covering jurisdictions and its assignee; a second application adds nothing")]
    public async Task Task_created_reaches_candidates_and_assignee_once()
    {
        var state = Instance(
            [OpenTask("t1", "入户调查", assignee: "member.v1", groups: [Roles.Caseworker])],
            Entry(1, InstanceHistoryKinds.Started, actor: "cw.t1"),
            Entry(2, InstanceHistoryKinds.TaskCreated, taskId: "t1"));

        await ApplyAsync("I1", 3, state);
        await ApplyAsync("I1", 3, state);

        var rows = await RowsAsync();
        Assert.Equal(
            [("cw.t1", NotificationKinds.TaskAvailable), ("member.v1", NotificationKinds.TaskAssigned)],
            rows.Select(r => (r.Recipient, r.Kind)).Order());
        Assert.All(rows, r => Assert.Equal("I1#2", r.Source));
        Assert.Contains(rows, r => r.Title == "New task \"入户调查\" in 上门办证 is waiting for your group.");
    }

    [Fact(DisplayName = "Only entries after the last handled sequence notify; a rebuild that resets and replays duplicates nothing")]
    public async Task Later_snapshots_add_only_new_entries_and_rebuilds_are_no_ops()
    {
        var first = Instance([OpenTask("t1", "受理", groups: [Roles.Caseworker])], Entry(1, InstanceHistoryKinds.TaskCreated, taskId: "t1"));
        var second = Instance(
            [OpenTask("t1", "受理", groups: [Roles.Caseworker]), OpenTask("t2", "审核", groups: [Roles.Caseworker])],
            Entry(1, InstanceHistoryKinds.TaskCreated, taskId: "t1"),
            Entry(2, InstanceHistoryKinds.TaskCreated, taskId: "t2"));

        await ApplyAsync("I2", 2, first);
        await ApplyAsync("I2", 3, second);
        await using (var connection = await _database.OpenAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await _projection.ResetAsync(new ProjectionContext(connection, transaction, SqlDialect.Sqlite), default);
            await transaction.CommitAsync();
        }

        await ApplyAsync("I2", 3, second);
        await ExecuteAsync("DELETE FROM nt_source_progress");
        await ApplyAsync("I2", 3, second);

        Assert.Equal(["I2#1", "I2#2"], (await RowsAsync()).Select(r => r.Source).Order());
    }

    [Fact(DisplayName = "A breach reaches whoever works the task, its escalation and an incident the supervisor resolved from the tree")]
    public async Task Breach_and_incident_reach_the_supervisor()
    {
        var state = Instance(
            [OpenTask("t1", "入户调查", groups: [Roles.Caseworker])],
            Entry(1, InstanceHistoryKinds.SlaBreached, taskId: "t1"),
            Entry(2, InstanceHistoryKinds.SlaEscalated, taskId: "t1"),
            Entry(3, InstanceHistoryKinds.IncidentRaised, elementId: "issue-certificate"));

        await ApplyAsync("I3", 2, state);

        var rows = await RowsAsync();
        Assert.Equal(
            [("cw.t1", NotificationKinds.TaskOverdue), ("sup.county", NotificationKinds.IncidentRaised), ("sup.county", NotificationKinds.TaskEscalated)],
            rows.Select(r => (r.Recipient, r.Kind)).Order());
        Assert.Contains(rows, r => r.Title == "上门办证 stopped on an incident at \"issue-certificate\".");
    }

    [Fact(DisplayName = "A warning and a reminder reach the assignee only when the task has one; escalations reach the town caseworker and the director")]
    public async Task Warning_reminder_and_climb_reach_their_audiences()
    {
        await AddUserAsync("director.county", Roles.Director, "C");
        var state = Instance(
            [OpenTask("t1", "入户调查", assignee: "member.v1", groups: [Roles.Caseworker])],
            Entry(1, InstanceHistoryKinds.SlaWarning, taskId: "t1"),
            Entry(2, InstanceHistoryKinds.SlaReminder, taskId: "t1"),
            Entry(3, InstanceHistoryKinds.SlaEscalatedToDirector, taskId: "t1"),
            Entry(4, InstanceHistoryKinds.TaskDue, taskId: "t1"),
            Entry(5, InstanceHistoryKinds.SlaEscalatedToCaseworker, taskId: "t1"));

        await ApplyAsync("I7", 2, state);

        Assert.Equal(
            [
                ("cw.t1", NotificationKinds.TaskEscalated), ("director.county", NotificationKinds.TaskEscalated),
                ("member.v1", NotificationKinds.TaskAtRisk), ("member.v1", NotificationKinds.TaskReminder),
            ],
            (await RowsAsync()).Select(r => (r.Recipient, r.Kind)).Order());
    }

    [Fact(DisplayName = "A task already gone when the snapshot is seen notifies nobody, and nobody is told of their own act")]
    public async Task Closed_tasks_and_own_acts_are_skipped()
    {
        var state = Instance(
            [OpenTask("t2", "审核", assignee: "cw.t1")],
            Entry(1, InstanceHistoryKinds.TaskCreated, taskId: "t1"),
            Entry(2, InstanceHistoryKinds.TaskCompleted, taskId: "t1", actor: "cw.t1"),
            Entry(3, NotificationRules.TaskAssignedHistoryKind, taskId: "t2", actor: "cw.t1"));

        await ApplyAsync("I4", 2, state);

        Assert.Empty(await RowsAsync());
        Assert.Equal(3L, await ScalarAsync("SELECT last_sequence FROM nt_source_progress WHERE instance_id = 'I4'"));
    }

    [Fact(DisplayName = "An assignment by someone else reaches the task's current assignee")]
    public async Task Assignment_reaches_the_assignee()
    {
        var state = Instance(
            [OpenTask("t1", "审核", assignee: "cw.t2")],
            Entry(1, NotificationRules.TaskAssignedHistoryKind, taskId: "t1", actor: "sup.county"));

        await ApplyAsync("I6", 2, state);

        var row = Assert.Single(await RowsAsync());
        Assert.Equal(("cw.t2", NotificationKinds.TaskAssigned), (row.Recipient, row.Kind));
        Assert.Equal("Task \"审核\" in 上门办证 is assigned to you.", row.Title);
    }

    [Fact(DisplayName = "A delegation reaches the delegate, and resolving it reaches the owner it goes back to")]
    public async Task Delegation_and_resolution_reach_the_new_assignee()
    {
        await ApplyAsync("I7", 2, Instance(
            [OpenTask("t1", "审核", assignee: "cw.t2")],
            Entry(1, TaskChanges.Delegated, taskId: "t1", actor: "cw.t1")));
        await ApplyAsync("I8", 2, Instance(
            [OpenTask("t1", "审核", assignee: "cw.t1")],
            Entry(1, TaskChanges.Resolved, taskId: "t1", actor: "cw.t2")));

        Assert.Equal(
            [("cw.t1", "Task \"审核\" in 上门办证 you delegated is resolved and back with you."), ("cw.t2", "Task \"审核\" in 上门办证 is delegated to you; resolve it to hand it back.")],
            (await RowsAsync()).Select(r => (r.Recipient, r.Title)).Order());
    }

    [Fact(DisplayName = "Each event is queued once for each active webhook subscribed to its kind, in the same transaction")]
    public async Task Outbox_rows_follow_subscriptions()
    {
        var webhooks = new WebhookStore(_database);
        await webhooks.CreateAsync("W1", "http://127.0.0.1:1/a", "s", [NotificationKinds.TaskAvailable], null, "admin", Now);
        await webhooks.CreateAsync("W2", "http://127.0.0.1:1/b", "s", [WebhookKinds.All], null, "admin", Now);
        await webhooks.CreateAsync("W3", "http://127.0.0.1:1/c", "s", [NotificationKinds.TaskOverdue], null, "admin", Now);
        await webhooks.CreateAsync("W4", "http://127.0.0.1:1/d", "s", [WebhookKinds.All], null, "admin", Now);
        Assert.True(await webhooks.DeactivateAsync("W4"));
        var state = Instance([OpenTask("t1", "受理", groups: [Roles.Caseworker, Roles.Supervisor])], Entry(1, InstanceHistoryKinds.TaskCreated, taskId: "t1"));

        await ApplyAsync("I5", 2, state);
        await ApplyAsync("I5", 2, state);

        Assert.Equal(2L, await ScalarAsync("SELECT COUNT(*) FROM nt_notifications"));
        var claimed = await webhooks.ClaimDueAsync(Now, Now.AddMinutes(1), 10);
        Assert.Equal(["W1", "W2"], claimed.Select(c => c.WebhookId).Order());
        Assert.All(claimed, c => Assert.Equal("I5#1:" + NotificationKinds.TaskAvailable, c.EventId));
        Assert.Contains("\"recipients\":[\"cw.t1\",\"sup.county\"]", claimed[0].Payload, StringComparison.Ordinal);
        Assert.Empty(await webhooks.ClaimDueAsync(Now, Now.AddMinutes(1), 10));
    }

    private static ProcessInstanceState Instance(ImmutableList<UserTaskInstance> tasks, params InstanceHistoryEntry[] history) =>
        new()
        {
            Instance = InstanceState.Create("ignored", "home-visit", 1) with { Status = InstanceStatus.Active, Tasks = tasks },
            JurisdictionCode = StubJurisdictionDirectory.Village1,
            History = [.. history],
        };

    private static UserTaskInstance OpenTask(string id, string name, string? assignee = null, ImmutableList<string>? groups = null) =>
        new(id, "e-" + id, "el-" + id, name, assignee, [], groups ?? [], null, null, 50, Now);

    private static InstanceHistoryEntry Entry(int sequence, string kind, string? taskId = null, string? actor = null, string? elementId = null) =>
        new(sequence, Now, kind, elementId, taskId, actor, null);

    private async Task ApplyAsync(string instanceId, int version, ProcessInstanceState state)
    {
        await using var connection = await _database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await _projection.ApplyAsync(new ProjectionContext(connection, transaction, SqlDialect.Sqlite), instanceId, version,
            PersonStateSerializationTests.Serializer.Serialize(state), default);
        await transaction.CommitAsync();
    }

    private async Task AddUserAsync(string login, string role, string jurisdiction)
    {
        await new SqlUserStore(_database).CreateAsync("U-" + login, login, login, null, Now);
        await new SqlUserStore(_database).AssignAsync("U-" + login, new RoleAssignment(role, jurisdiction));
    }

    private async Task<List<(string Recipient, string Kind, string Source, string Title)>> RowsAsync()
    {
        await using var connection = await _database.OpenAsync();
        await using var command = connection.CreateCommand("SELECT recipient, kind, source, title FROM nt_notifications ORDER BY id", null);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, string, string, string)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        return rows;
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await _database.OpenAsync();
        await using var command = connection.CreateCommand(sql, null);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task ExecuteAsync(string sql, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await _database.OpenAsync();
        await using var command = connection.CreateCommand(sql, null);
        foreach (var (name, value) in parameters)
        {
            command.AddParameter(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }
}
