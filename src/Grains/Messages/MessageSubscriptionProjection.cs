using CaseFlow.Grains.Instances;
using CaseFlow.Grains.ReadModel;
using CaseFlow.Grains.Storage;
using CaseFlow.Workflows.Execution.State;
using Orleans.Storage;

namespace CaseFlow.Grains.Messages;

/// <summary>
/// Projects <c>caseflow.process-instance</c> snapshots into <c>rm_message_subscriptions</c>, the index that finds the
/// instances waiting for a message by name and business key (R52, R53).
/// </summary>
/// <remarks>
/// One of several projections of that state name. An instance's rows are replaced as a whole on each snapshot, as the
/// worklist does: an instance waits on few messages, and a closed subscription simply vanishes. Rows carry no
/// variables; correlation variables are compared against the instance itself, which is authoritative.
/// </remarks>
public sealed class MessageSubscriptionProjection(IGrainStorageSerializer serializer) : IProjection
{
    private const string InsertSql =
        "INSERT INTO rm_message_subscriptions (subscription_id, instance_id, element_id, element_instance_id, message_name, " +
        "business_key, process_key, process_version, jurisdiction_code) VALUES (@subscription, @instance, @element, @elementInstance, " +
        "@name, @bk, @key, @version, @jurisdiction)";

    public string StateName => ProcessInstanceState.StateName;

    public async Task ApplyAsync(ProjectionContext context, string grainKey, int version, BinaryData? payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using (var delete = context.Command("DELETE FROM rm_message_subscriptions WHERE instance_id = @instance"))
        {
            delete.AddParameter("instance", grainKey);
            await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var stored = payload is null ? null : serializer.Deserialize<ProcessInstanceState>(payload);
        if (stored?.Instance is not { Status: InstanceStatus.Active } instance)
        {
            return;
        }

        foreach (var subscription in instance.Subscriptions)
        {
            await using var insert = context.Command(InsertSql);
            insert.AddParameter("subscription", subscription.SubscriptionId)
                .AddParameter("instance", grainKey)
                .AddParameter("element", subscription.ElementId)
                .AddParameter("elementInstance", subscription.ElementInstanceId)
                .AddParameter("name", subscription.MessageName)
                .AddParameter("bk", instance.BusinessKey)
                .AddParameter("key", instance.ProcessKey)
                .AddParameter("version", instance.ProcessVersion)
                .AddParameter("jurisdiction", stored.JurisdictionCode);
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task ResetAsync(ProjectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var command = context.Command("DELETE FROM rm_message_subscriptions");
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
