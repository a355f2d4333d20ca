using System.Text.Json;
using CaseFlow.Grains.Instances.ReadModel;
using CaseFlow.Grains.ReadModel;
using CaseFlow.Grains.Storage;
using CaseFlow.Workflows.Execution.State;
using Orleans.Storage;

namespace CaseFlow.Grains.Instances;

/// <summary>Projects <c>caseflow.process-instance</c> snapshots into <c>rm_instances</c> and <c>rm_external_jobs</c>.</summary>
/// <remarks>
/// <para>
/// One row per started instance, rewritten from each snapshot, so a replay or a rebuild writes the same row. No
/// variable value reaches the read model: variables may carry personal data and lists never need them.
/// </para>
/// <para>
/// <c>rm_external_jobs</c> holds the jobs an external worker could take: offered, on a topic outside
/// <c>caseflow.</c>, with their lock as the instance last recorded it. The rows of an instance are replaced as a set,
/// so a job that was completed, cancelled or put back to wait for its retry disappears in the same transaction.
/// </para>
/// </remarks>
public sealed class ProcessInstanceProjection(IGrainStorageSerializer serializer) : IProjection
{
    private const string UpsertInstanceSql =
        "INSERT INTO rm_instances (instance_id, process_key, process_version, status, business_key, person_id, petition_id, " +
        "jurisdiction_code, town_code, initiator, started_at, ended_at, active_element_ids, open_incidents, open_tasks, next_timer_at, version) " +
        "VALUES (@id, @key, @pversion, @status, @bkey, @person, @petition, @jurisdiction, @town, @initiator, @started, @ended, @active, " +
        "@incidents, @tasks, @timer, @version) " +
        "ON CONFLICT (instance_id) DO UPDATE SET process_key = excluded.process_key, process_version = excluded.process_version, " +
        "status = excluded.status, business_key = excluded.business_key, person_id = excluded.person_id, petition_id = excluded.petition_id, " +
        "jurisdiction_code = excluded.jurisdiction_code, town_code = excluded.town_code, initiator = excluded.initiator, " +
        "started_at = excluded.started_at, ended_at = excluded.ended_at, active_element_ids = excluded.active_element_ids, " +
        "open_incidents = excluded.open_incidents, open_tasks = excluded.open_tasks, next_timer_at = excluded.next_timer_at, version = excluded.version";

    private const string InsertJobSql =
        "INSERT INTO rm_external_jobs (job_id, instance_id, process_key, element_id, topic, attempt, attempts_left, lock_owner, lock_expires_at, offered_at) " +
        "VALUES (@job, @id, @key, @element, @topic, @attempt, @left, @owner, @expires, @offered)";

    public string StateName => ProcessInstanceState.StateName;

    public async Task ApplyAsync(ProjectionContext context, string grainKey, int version, BinaryData? payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var stored = payload is null ? null : serializer.Deserialize<ProcessInstanceState>(payload);
        await DeleteJobsAsync(context, grainKey, cancellationToken).ConfigureAwait(false);
        if (stored?.Instance is not { } instance)
        {
            await using var delete = context.Command("DELETE FROM rm_instances WHERE instance_id = @id");
            delete.AddParameter("id", grainKey);
            await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        await using (var upsert = context.Command(UpsertInstanceSql))
        {
            upsert.AddParameter("id", grainKey)
                .AddParameter("key", instance.ProcessKey)
                .AddParameter("pversion", instance.ProcessVersion)
                .AddParameter("status", StatusWord(instance.Status))
                .AddParameter("bkey", instance.BusinessKey)
                .AddParameter("person", stored.PersonId)
                .AddParameter("petition", stored.PetitionId)
                .AddParameter("jurisdiction", stored.JurisdictionCode)
                .AddParameter("town", JurisdictionCodes.TownOf(stored.JurisdictionCode))
                .AddParameter("initiator", instance.Initiator)
                .AddParameter("started", instance.StartedAt?.ToStorageText())
                .AddParameter("ended", instance.EndedAt?.ToStorageText())
                .AddParameter("active", JsonSerializer.Serialize(instance.Elements.Select(e => e.ElementId)))
                .AddParameter("incidents", instance.Incidents.Count)
                .AddParameter("tasks", instance.Tasks.Count)
                .AddParameter("timer", instance.NextTimer()?.DueAt.ToStorageText())
                .AddParameter("version", version);
            await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        if (instance.Status != InstanceStatus.Active)
        {
            return;
        }

        // The step that last changed the instance: when its current offers were (re)made, near enough for fair order.
        var offeredAt = (instance.RecentCommands.LastOrDefault()?.ExecutedAt ?? instance.StartedAt ?? DateTimeOffset.UnixEpoch).ToStorageText();
        foreach (var job in instance.Jobs.Where(IsExternalOffer))
        {
            await using var insert = context.Command(InsertJobSql);
            insert.AddParameter("job", job.JobId)
                .AddParameter("id", grainKey)
                .AddParameter("key", instance.ProcessKey)
                .AddParameter("element", job.ElementId)
                .AddParameter("topic", job.Topic)
                .AddParameter("attempt", job.Attempt)
                .AddParameter("left", job.AttemptsLeft)
                .AddParameter("owner", job.LockOwner)
                .AddParameter("expires", job.LockExpiresAt?.ToStorageText())
                .AddParameter("offered", offeredAt);
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task ResetAsync(ProjectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var sql in (string[])["DELETE FROM rm_external_jobs", "DELETE FROM rm_instances"])
        {
            await using var command = context.Command(sql);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The status word of views and the read model: <c>active</c>, <c>completed</c>, <c>cancelled</c>.</summary>
    public static string StatusWord(InstanceStatus status) => JsonNamingPolicy.CamelCase.ConvertName(status.ToString());

    private static bool IsExternalOffer(JobInstance job) =>
        job.State == JobState.Offered && !job.Topic.StartsWith(ServiceTaskHandlers.InProcessPrefix, StringComparison.Ordinal);

    private static async Task DeleteJobsAsync(ProjectionContext context, string instanceId, CancellationToken cancellationToken)
    {
        await using var command = context.Command("DELETE FROM rm_external_jobs WHERE instance_id = @id");
        command.AddParameter("id", instanceId);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
