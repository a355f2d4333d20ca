using System.Globalization;
using CaseFlow.Grains.Instances;
using CaseFlow.Grains.Organisation;
using CaseFlow.Grains.ReadModel;
using CaseFlow.Grains.Storage;
using Microsoft.Extensions.Logging;
using Orleans.Storage;

namespace CaseFlow.Grains.Notifications;

/// <summary>
/// Produces notifications from <c>caseflow.process-instance</c> snapshots: every history entry not seen before is
/// matched against <see cref="NotificationRules"/>, its audience resolved to logins, and the notifications and their
/// webhook outbox rows written in the projector's transaction.
/// </summary>
/// <remarks>
/// <para>
/// The per-instance high-water mark in <c>nt_source_progress</c> (the last history sequence handled) and the unique
/// (source, kind, recipient) key make a snapshot applied twice, or replayed by a rebuild, produce nothing new.
/// </para>
/// <para>
/// <see cref="ResetAsync"/> deliberately keeps everything: inboxes carry read flags and the outbox carries deliveries,
/// neither of which can be recomputed from grain state, and replaying history into an empty inbox would announce
/// every old task again.
/// </para>
/// </remarks>
public sealed class NotificationProjection(
    IGrainStorageSerializer serializer,
    IJurisdictionDirectory directory,
    TimeProvider time,
    ILogger<NotificationProjection> logger) : IProjection
{
    public string StateName => ProcessInstanceState.StateName;

    public async Task ApplyAsync(ProjectionContext context, string grainKey, int version, BinaryData? payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = payload is null ? null : serializer.Deserialize<ProcessInstanceState>(payload);
        if (state?.Instance is null || state.History.IsEmpty)
        {
            return;
        }

        var handled = await ReadProgressAsync(context, grainKey, cancellationToken).ConfigureAwait(false);
        var fresh = state.History.Where(e => e.Sequence > handled).ToList();
        if (fresh.Count == 0)
        {
            return;
        }

        var writer = new NotificationWriter(context, time.GetUtcNow());
        RecipientResolver? resolver = null;
        foreach (var entry in fresh)
        {
            foreach (var rule in NotificationRules.For(entry.Kind))
            {
                if (NotificationSubject.From(grainKey, state, entry) is not { } subject || !Addresses(rule.Audience, subject))
                {
                    continue;
                }

                resolver ??= await ResolverForAsync(writer, state.JurisdictionCode, cancellationToken).ConfigureAwait(false);
                var recipients = Resolve(resolver, rule.Audience, subject)
                    .Where(login => !string.Equals(login, subject.Actor, StringComparison.Ordinal))
                    .ToList();
                if (recipients.Count == 0)
                {
                    NotificationsLog.NoRecipients(logger, grainKey, entry.Sequence, rule.Kind);
                    continue;
                }

                var written = await writer.WriteAsync(rule, subject, recipients, cancellationToken).ConfigureAwait(false);
                NotificationsLog.Produced(logger, grainKey, entry.Sequence, rule.Kind, written);
            }
        }

        await WriteProgressAsync(context, grainKey, fresh.Max(e => e.Sequence), cancellationToken).ConfigureAwait(false);
    }

    public Task ResetAsync(ProjectionContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A resolver over the tree and the holders of any role in the instance's jurisdiction or above it: no
    /// audience reaches further, so the rest of a province's users are never read.</summary>
    private async Task<RecipientResolver> ResolverForAsync(NotificationWriter writer, string? jurisdictionCode, CancellationToken cancellationToken)
    {
        var tree = await directory.ListAsync(cancellationToken).ConfigureAwait(false);
        var path = new RecipientResolver(tree, []).PathToRoot(jurisdictionCode);
        return new RecipientResolver(tree, await writer.ReadRoleHoldersAsync(path, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>False when the subject names no one for the audience (a task with no assignee, or no candidate group): nothing to send, nothing to report.</summary>
    private static bool Addresses(NotificationAudience audience, NotificationSubject subject) => audience switch
    {
        NotificationAudience.CandidateGroups => !subject.CandidateGroups.IsEmpty,
        NotificationAudience.Assignee => !string.IsNullOrEmpty(subject.Assignee),
        NotificationAudience.Workers => !string.IsNullOrEmpty(subject.Assignee) || !subject.CandidateGroups.IsEmpty,
        _ => true,
    };

    private static IEnumerable<string> Resolve(RecipientResolver resolver, NotificationAudience audience, NotificationSubject subject) => audience switch
    {
        NotificationAudience.CandidateGroups => resolver.CandidatesFor(subject.CandidateGroups, subject.JurisdictionCode),
        NotificationAudience.Assignee => subject.Assignee is { Length: > 0 } assignee ? [assignee] : [],
        NotificationAudience.Supervisors => resolver.SupervisorsFor(subject.JurisdictionCode),
        NotificationAudience.Workers => subject.Assignee is { Length: > 0 } worker
            ? [worker]
            : resolver.CandidatesFor(subject.CandidateGroups, subject.JurisdictionCode),
        NotificationAudience.Directors => resolver.DirectorsFor(subject.JurisdictionCode),
        NotificationAudience.Caseworkers => resolver.CaseworkersFor(subject.JurisdictionCode),
        _ => [],
    };

    private static async Task<int> ReadProgressAsync(ProjectionContext context, string instanceId, CancellationToken cancellationToken)
    {
        await using var command = context.Command("SELECT last_sequence FROM nt_source_progress WHERE instance_id = @id");
        command.AddParameter("id", instanceId);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is null or DBNull ? 0 : Convert.ToInt32(value, CultureInfo.InvariantCulture);
    }

    private static async Task WriteProgressAsync(ProjectionContext context, string instanceId, int sequence, CancellationToken cancellationToken)
    {
        await using var command = context.Command(
            "INSERT INTO nt_source_progress (instance_id, last_sequence) VALUES (@id, @seq) " +
            "ON CONFLICT (instance_id) DO UPDATE SET last_sequence = excluded.last_sequence WHERE nt_source_progress.last_sequence < excluded.last_sequence");
        command.AddParameter("id", instanceId).AddParameter("seq", sequence);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
