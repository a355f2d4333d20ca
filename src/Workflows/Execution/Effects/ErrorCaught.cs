namespace CaseFlow.Workflows.Execution.Effects;

/// <summary>A BPMN error was caught by an error boundary (R41); the host was cancelled before this effect.</summary>
/// <param name="ThrowerElementId">The element that threw: error end event, service task or user task.</param>
/// <param name="ErrorCode">The thrown code.</param>
/// <param name="BoundaryId">The catching boundary event.</param>
public sealed record ErrorCaught(string ThrowerElementId, string ErrorCode, string BoundaryId) : EngineEffect;
