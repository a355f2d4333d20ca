namespace CaseFlow.Grains.Instances.Listeners;

/// <summary>Runs one registered task listener (<c>class</c> or <c>delegateExpression</c> = <see cref="Name"/>) inside the silo (R58).</summary>
/// <remarks>
/// Called after the step in which the task event happened has committed, at least once: a crash before its outcome
/// is recorded runs it again with the same <see cref="TaskListenerContext.IdempotencyKey"/>. It runs inside the
/// instance's turn, so it must never call back into its own process instance.
/// </remarks>
public interface ITaskListenerHandler
{
    /// <summary>The listener name a model refers to, e.g. <c>caseflow.remind</c>; one handler per name.</summary>
    string Name { get; }

    /// <summary>Does the work; an exception counts as a failed attempt.</summary>
    Task<TaskListenerOutcome> HandleAsync(TaskListenerContext context, CancellationToken cancellationToken);
}
