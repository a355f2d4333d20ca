namespace CaseFlow.Workflows.Execution.Effects;

/// <summary>A waiting call activity was cancelled (boundary, terminate, cancel, modification): its child must be cancelled too (R47).</summary>
public sealed record ChildInstanceCancelled(string ChildInstanceId, string ElementId) : EngineEffect;
