using System.Text.Json.Serialization;

namespace CaseFlow.Workflows.Execution.Effects;

/// <summary>Something the host does after the step commits (BPMN.md §0).</summary>
/// <remarks>Effects are listed in the order they happened inside the step; the host applies them in that order.</remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type")]
[JsonDerivedType(typeof(TaskCreated), "taskCreated")]
[JsonDerivedType(typeof(TaskCompleted), "taskCompleted")]
[JsonDerivedType(typeof(TaskCancelled), "taskCancelled")]
[JsonDerivedType(typeof(TaskDue), "taskDue")]
[JsonDerivedType(typeof(TimerScheduled), "timerScheduled")]
[JsonDerivedType(typeof(TimerFired), "timerFired")]
[JsonDerivedType(typeof(TimerCancelled), "timerCancelled")]
[JsonDerivedType(typeof(JobCreated), "jobCreated")]
[JsonDerivedType(typeof(JobCancelled), "jobCancelled")]
[JsonDerivedType(typeof(IncidentRaised), "incidentRaised")]
[JsonDerivedType(typeof(IncidentResolved), "incidentResolved")]
[JsonDerivedType(typeof(InstanceCompleted), "instanceCompleted")]
[JsonDerivedType(typeof(InstanceCancelled), "instanceCancelled")]
[JsonDerivedType(typeof(WakeUpRequested), "wakeUpRequested")]
[JsonDerivedType(typeof(ContinuationRequested), "continuationRequested")]
[JsonDerivedType(typeof(TaskUpdated), "taskUpdated")]
[JsonDerivedType(typeof(TaskReturned), "taskReturned")]
[JsonDerivedType(typeof(TaskFollowUpDue), "taskFollowUpDue")]
[JsonDerivedType(typeof(ErrorCaught), "errorCaught")]
[JsonDerivedType(typeof(EscalationCaught), "escalationCaught")]
[JsonDerivedType(typeof(EscalationNotCaught), "escalationNotCaught")]
[JsonDerivedType(typeof(EscalationRaisedToCaller), "escalationRaisedToCaller")]
[JsonDerivedType(typeof(MessageSubscriptionOpened), "messageSubscriptionOpened")]
[JsonDerivedType(typeof(MessageSubscriptionClosed), "messageSubscriptionClosed")]
[JsonDerivedType(typeof(MessageCorrelated), "messageCorrelated")]
[JsonDerivedType(typeof(ChildInstanceRequested), "childInstanceRequested")]
[JsonDerivedType(typeof(ChildInstanceCancelled), "childInstanceCancelled")]
[JsonDerivedType(typeof(TaskListenerInvoked), "taskListenerInvoked")]
[JsonDerivedType(typeof(ListenerFailed), "listenerFailed")]
public abstract record EngineEffect;
