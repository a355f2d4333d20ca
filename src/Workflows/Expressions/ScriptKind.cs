namespace CaseFlow.Workflows.Expressions;

/// <summary>Where a script runs, which decides the objects it sees (§4.1).</summary>
public enum ScriptKind
{
    /// <summary>A script task or a script parameter value.</summary>
    Task,

    /// <summary>A task-listener script, which also sees <c>task</c>.</summary>
    TaskListener,
}
