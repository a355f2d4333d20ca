namespace CaseFlow.Workflows.Execution.Commands;

/// <summary>The child of a call activity could not start or ended without completing: the call parks in an incident (R45, R47).</summary>
/// <remarks>The incident type is <c>CalledElementNotFound</c>, <c>CallDepthExceeded</c> or <c>ChildCancelled</c>.</remarks>
public sealed record FailCall(string CommandId, string ChildInstanceId, string IncidentType, string Message) : EngineCommand(CommandId);
