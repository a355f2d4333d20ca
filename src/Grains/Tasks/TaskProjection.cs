using CaseFlow.Grains.Instances;
using CaseFlow.Grains.ReadModel;
using CaseFlow.Grains.Storage;
using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Sla;
using Orleans.Storage;

namespace CaseFlow.Grains.Tasks;

/// <summary>Projects <c>caseflow.process-instance</c> snapshots into <c>rm_tasks</c>, the caseworker worklist.</summary>
/// <remarks>
/// One of several projections of that state name. An instance's rows are replaced as a whole on each snapshot: the
/// open tasks are few, and replacing them needs no diff, so a completed, cancelled or returned task simply vanishes.
/// Rows carry no variables: a worklist row never shows case content beyond the task's name and keys.
/// </remarks>
public sealed class TaskProjection(IGrainStorageSerializer serializer) : IProjection
{
    private const string InsertSql =
        "INSERT INTO rm_tasks (task_id, instance_id, element_id, name, process_key, process_version, assignee, owner, delegation, " +
        "candidate_users, candidate_groups, jurisdiction_code, person_id, petition_id, business_key, priority, created_at, due_at, " +
        "follow_up_at, sla_warn_at, sla_breach_at, sla_paused, sla_provisional, revision) VALUES (@task, @instance, @element, @name, " +
        "@key, @version, @assignee, @owner, @delegation, @users, @groups, @jurisdiction, @person, @petition, @bk, @priority, @created, " +
        "@due, @followup, @warn, @breach, @paused, @provisional, @revision)";

    // The worklist row and the tables beside it that hang off the task: its urgency and its place on the overdue list.
    private static readonly string[] Tables = ["rm_tasks", "rm_task_sla", "rm_task_overdue"];

    public string StateName => ProcessInstanceState.StateName;

    public async Task ApplyAsync(ProjectionContext context, string grainKey, int version, BinaryData? payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var table in Tables)
        {
            await using var delete = context.Command($"DELETE FROM {table} WHERE instance_id = @instance");
            delete.AddParameter("instance", grainKey);
            await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var stored = payload is null ? null : serializer.Deserialize<ProcessInstanceState>(payload);
        if (stored?.Instance is not { Status: InstanceStatus.Active } instance)
        {
            return;
        }

        foreach (var task in instance.Tasks)
        {
            var clock = stored.TaskClocks.Find(c => string.Equals(c.TaskId, task.TaskId, StringComparison.Ordinal));
            await using var insert = context.Command(InsertSql);
            insert.AddParameter("task", task.TaskId)
                .AddParameter("instance", grainKey)
                .AddParameter("element", task.ElementId)
                .AddParameter("name", task.Name)
                .AddParameter("key", instance.ProcessKey)
                .AddParameter("version", instance.ProcessVersion)
                .AddParameter("assignee", task.Assignee)
                .AddParameter("owner", task.Owner)
                .AddParameter("delegation", task.Delegation?.ToString().ToLowerInvariant())
                .AddParameter("users", Members(task.CandidateUsers))
                .AddParameter("groups", Members(task.CandidateGroups))
                .AddParameter("jurisdiction", stored.JurisdictionCode)
                .AddParameter("person", stored.PersonId)
                .AddParameter("petition", stored.PetitionId)
                .AddParameter("bk", instance.BusinessKey)
                .AddParameter("priority", task.Priority)
                .AddParameter("created", task.CreatedAt.ToStorageText())
                .AddParameter("due", (task.DueDate ?? clock?.DueAt)?.ToStorageText())
                .AddParameter("followup", task.FollowUpDate?.ToStorageText())
                .AddParameter("warn", clock?.WarnAt.ToStorageText())
                .AddParameter("breach", clock?.DueAt.ToStorageText())
                .AddParameter("paused", clock?.PausedAt is null ? 0 : 1)
                .AddParameter("provisional", clock?.Provisional == true ? 1 : 0)
                .AddParameter("revision", task.Revision);
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            if (clock is not null)
            {
                await using var urgency = context.Command("INSERT INTO rm_task_sla (task_id, instance_id, urgency) VALUES (@task, @instance, @urgency)");
                urgency.AddParameter("task", task.TaskId).AddParameter("instance", grainKey).AddParameter("urgency", SlaUrgency.Of(clock.Fired));
                await urgency.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            if (clock?.OverdueListedAt is { } listedAt)
            {
                await using var listed = context.Command("INSERT INTO rm_task_overdue (task_id, instance_id, listed_at) VALUES (@task, @instance, @listed)");
                listed.AddParameter("task", task.TaskId).AddParameter("instance", grainKey).AddParameter("listed", listedAt.ToStorageText());
                await listed.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public async Task ResetAsync(ProjectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var table in Tables)
        {
            await using var command = context.Command($"DELETE FROM {table}");
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>",a,b," so that <c>LIKE '%,a,%'</c> matches one member exactly; "," for none.</summary>
    public static string Members(IEnumerable<string> values) => "," + string.Concat(values.Select(v => v + ","));
}
