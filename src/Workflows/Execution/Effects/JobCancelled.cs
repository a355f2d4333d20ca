namespace CaseFlow.Workflows.Execution.Effects;

/// <summary>A job was withdrawn; a later worker result gets <c>JobNotActive</c>.</summary>
public sealed record JobCancelled(string JobId, string ElementId) : EngineEffect;
