using System.Text.Json.Serialization;

namespace CaseFlow.Workflows.Execution.Commands;

/// <summary>A request to one instance; one command is one step (BPMN.md §0).</summary>
/// <param name="CommandId">The idempotency key: a repeat returns the recorded outcome (R5).</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type")]
[JsonDerivedType(typeof(StartInstance), "start")]
[JsonDerivedType(typeof(CompleteTask), "completeTask")]
[JsonDerivedType(typeof(TimerDue), "timerDue")]
[JsonDerivedType(typeof(CompleteJob), "completeJob")]
[JsonDerivedType(typeof(FailJob), "failJob")]
[JsonDerivedType(typeof(RetryIncident), "retryIncident")]
[JsonDerivedType(typeof(CancelInstance), "cancel")]
[JsonDerivedType(typeof(Continue), "continue")]
[JsonDerivedType(typeof(LockJob), "lockJob")]
[JsonDerivedType(typeof(ExtendJobLock), "extendJobLock")]
[JsonDerivedType(typeof(ModifyInstance), "modify")]
[JsonDerivedType(typeof(ClaimTask), "claimTask")]
[JsonDerivedType(typeof(UnclaimTask), "unclaimTask")]
[JsonDerivedType(typeof(AssignTask), "assignTask")]
[JsonDerivedType(typeof(DelegateTask), "delegateTask")]
[JsonDerivedType(typeof(ResolveTask), "resolveTask")]
[JsonDerivedType(typeof(SetTaskDueDate), "setTaskDueDate")]
[JsonDerivedType(typeof(SetTaskFollowUpDate), "setTaskFollowUpDate")]
[JsonDerivedType(typeof(SetTaskPriority), "setTaskPriority")]
[JsonDerivedType(typeof(ReturnTask), "returnTask")]
[JsonDerivedType(typeof(ThrowJobError), "throwJobError")]
[JsonDerivedType(typeof(RaiseTaskError), "raiseTaskError")]
[JsonDerivedType(typeof(EscalateTask), "escalateTask")]
[JsonDerivedType(typeof(CorrelateMessage), "correlateMessage")]
[JsonDerivedType(typeof(CompleteCall), "completeCall")]
[JsonDerivedType(typeof(FailCall), "failCall")]
[JsonDerivedType(typeof(ThrowCallError), "throwCallError")]
[JsonDerivedType(typeof(ThrowCallEscalation), "throwCallEscalation")]
public abstract record EngineCommand(string CommandId);
