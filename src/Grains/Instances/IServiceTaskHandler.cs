namespace CaseFlow.Grains.Instances;

/// <summary>Runs the service work of one <c>caseflow.</c> topic inside the silo (ARCHITECTURE.md "Service work").</summary>
/// <remarks>
/// Called after the step that offered the job has committed, at least once per attempt: a crash between the handler
/// and the recording of its outcome runs it again with the same <see cref="ServiceTaskContext.IdempotencyKey"/>, so a
/// handler must pass that key to the grain commands it calls. It runs inside the instance's turn, so it must never
/// call back into its own process instance.
/// </remarks>
public interface IServiceTaskHandler
{
    /// <summary>The topic served, e.g. <c>caseflow.issue-certificate</c>; one handler per topic.</summary>
    string Topic { get; }

    /// <summary>Does the work; an exception counts as a failure of this attempt.</summary>
    Task<ServiceTaskOutcome> HandleAsync(ServiceTaskContext context, CancellationToken cancellationToken);
}
