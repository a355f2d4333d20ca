using System.Text.Json;
using CaseFlow.Grains.Notifications.Webhooks;
using CaseFlow.Grains.ReadModel;
using CaseFlow.Grains.Storage;

namespace CaseFlow.Grains.Notifications;

/// <summary>Writes the notifications of one history entry and their webhook outbox rows inside the projector's transaction.</summary>
internal sealed class NotificationWriter(ProjectionContext context, DateTimeOffset now)
{
    private const string InsertSql =
        "INSERT INTO nt_notifications (recipient, kind, title, source, instance_id, process_key, process_name, task_id, task_name, " +
        "jurisdiction_code, occurred_at, created_at, read_at) " +
        "VALUES (@recipient, @kind, @title, @source, @instance, @process, @processName, @task, @taskName, @jurisdiction, @occurred, @created, NULL) " +
        "ON CONFLICT (source, kind, recipient) DO NOTHING";

    private const string OutboxSql =
        "INSERT INTO nt_webhook_outbox (webhook_id, event_id, kind, payload, status, attempts, next_attempt_at, created_at) " +
        "VALUES (@webhook, @event, @kind, @payload, 'pending', 0, @now, @now) ON CONFLICT (webhook_id, event_id) DO NOTHING";

    private readonly Dictionary<string, string?> _processNames = new(StringComparer.Ordinal);
    private List<(string Id, string Kinds)>? _webhooks;

    /// <summary>Active users' role assignments in the given jurisdictions, read in the projector's transaction.</summary>
    public async Task<IReadOnlyList<RoleHolder>> ReadRoleHoldersAsync(IReadOnlyList<string> jurisdictions, CancellationToken cancellationToken)
    {
        if (jurisdictions.Count == 0)
        {
            return [];
        }

        var names = jurisdictions.Select((_, i) => "@j" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        await using var command = context.Command(
            "SELECT u.login, r.role, r.jurisdiction_code FROM org_user_roles r JOIN org_users u ON u.user_id = r.user_id " +
            $"WHERE u.active = 1 AND r.jurisdiction_code IN ({string.Join(", ", names)})");
        for (var i = 0; i < jurisdictions.Count; i++)
        {
            command.AddParameter(names[i][1..], jurisdictions[i]);
        }

        var holders = new List<RoleHolder>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            holders.Add(new RoleHolder(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return holders;
    }

    /// <summary>Inserts one notification per recipient and one outbox row per subscribed webhook; returns the notifications written.</summary>
    public async Task<int> WriteAsync(NotificationRule rule, NotificationSubject subject, IReadOnlyList<string> recipients, CancellationToken cancellationToken)
    {
        var processName = await ProcessNameAsync(subject.ProcessKey, cancellationToken).ConfigureAwait(false);
        var title = NotificationText.Render(rule.Template, subject.Label, processName ?? subject.ProcessKey);
        var written = 0;
        foreach (var recipient in recipients)
        {
            await using var insert = context.Command(InsertSql);
            insert.AddParameter("recipient", recipient).AddParameter("kind", rule.Kind).AddParameter("title", title)
                .AddParameter("source", subject.Source).AddParameter("instance", subject.InstanceId).AddParameter("process", subject.ProcessKey)
                .AddParameter("processName", processName).AddParameter("task", subject.TaskId).AddParameter("taskName", subject.TaskName)
                .AddParameter("jurisdiction", subject.JurisdictionCode).AddParameter("occurred", subject.OccurredAt.ToStorageText())
                .AddParameter("created", now.ToStorageText());
            written += await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var webhookEvent = new WebhookEvent(
            subject.Source + ":" + rule.Kind, rule.Kind, subject.OccurredAt, title, subject.InstanceId, subject.ProcessKey, processName,
            subject.TaskId, subject.TaskName, subject.JurisdictionCode, recipients);
        foreach (var (webhookId, _) in (await WebhooksAsync(cancellationToken).ConfigureAwait(false)).Where(w => WebhookKinds.Matches(w.Kinds, rule.Kind)))
        {
            await using var outbox = context.Command(OutboxSql);
            outbox.AddParameter("webhook", webhookId).AddParameter("event", webhookEvent.Id).AddParameter("kind", rule.Kind)
                .AddParameter("payload", JsonSerializer.Serialize(webhookEvent, WebhookEvent.JsonOptions)).AddParameter("now", now.ToStorageText());
            await outbox.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return written;
    }

    private async Task<string?> ProcessNameAsync(string processKey, CancellationToken cancellationToken)
    {
        if (_processNames.TryGetValue(processKey, out var cached))
        {
            return cached;
        }

        await using var command = context.Command(
            "SELECT name FROM rm_process_versions WHERE process_key = @key AND name IS NOT NULL ORDER BY version DESC LIMIT 1");
        command.AddParameter("key", processKey);
        var name = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
        _processNames[processKey] = name;
        return name;
    }

    private async Task<List<(string Id, string Kinds)>> WebhooksAsync(CancellationToken cancellationToken)
    {
        if (_webhooks is not null)
        {
            return _webhooks;
        }

        _webhooks = [];
        await using var command = context.Command("SELECT id, kinds FROM nt_webhooks WHERE active = 1 ORDER BY id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            _webhooks.Add((reader.GetString(0), reader.GetString(1)));
        }

        return _webhooks;
    }
}
