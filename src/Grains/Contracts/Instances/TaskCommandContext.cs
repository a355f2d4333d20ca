namespace CaseFlow.Grains.Contracts.Instances;

/// <summary>Who sends a task command, its idempotency key, and the task revision the caller last saw.</summary>
/// <param name="Actor">The user recorded in the history.</param>
/// <param name="CommandId">The idempotency key: a repeat reports the instance without acting twice (R5).</param>
/// <param name="ExpectedRevision">
/// The <see cref="InstanceTaskView.Revision"/> the caller read (the API's If-Match); a different current revision is
/// <see cref="InstanceErrorCodes.TaskVersionMismatch"/>. Null skips the check.
/// </param>
[GenerateSerializer, Immutable, Alias("caseflow.task-command-context")]
public sealed record TaskCommandContext(
    [property: Id(0)] string Actor,
    [property: Id(1)] string CommandId,
    [property: Id(2)] int? ExpectedRevision = null);
