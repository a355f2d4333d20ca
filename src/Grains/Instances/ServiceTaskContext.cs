using System.Collections.Immutable;
using System.Text.Json;

namespace CaseFlow.Grains.Instances;

/// <summary>What a service task handler knows about the job it runs.</summary>
/// <param name="InstanceId">The process instance.</param>
/// <param name="JobId">The job; the same across attempts.</param>
/// <param name="ElementId">The service task element id.</param>
/// <param name="Topic">The topic.</param>
/// <param name="Attempt">1-based attempt number.</param>
/// <param name="IdempotencyKey"><c>instanceId:elementInstanceId:attempt</c>; pass it on so a re-run has no second effect.</param>
/// <param name="BusinessKey">The instance's business key.</param>
/// <param name="PersonId">The person the instance serves, if any.</param>
/// <param name="PetitionId">The petition the instance serves, if any.</param>
/// <param name="Variables">The variables visible to the service task: the root scope's, overridden by those of enclosing scopes and its own input mappings (see <see cref="CaseFlow.Workflows.Execution.VariableVisibility"/>).</param>
public sealed record ServiceTaskContext(
    string InstanceId,
    string JobId,
    string ElementId,
    string Topic,
    int Attempt,
    string IdempotencyKey,
    string? BusinessKey,
    string? PersonId,
    string? PetitionId,
    ImmutableSortedDictionary<string, JsonElement> Variables)
{
    // Variables may hold personal data; printing the context must not leak them into logs.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("InstanceId = ").Append(InstanceId).Append(", JobId = ").Append(JobId)
            .Append(", Topic = ").Append(Topic).Append(", Attempt = ").Append(Attempt);
        return true;
    }
}
