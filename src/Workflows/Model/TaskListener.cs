namespace CaseFlow.Workflows.Model;

/// <summary>A <c>camunda:taskListener</c> on a user task (R58, R61).</summary>
/// <remarks>
/// Exactly one of <see cref="Script"/> and <see cref="HandlerName"/> is set in a valid model. A handler names an
/// in-process listener registered by name; <see cref="HandlerKind"/> keeps whether the modeler wrote it as
/// <c>class</c> or <c>delegateExpression</c>, since both resolve the same way here.
/// </remarks>
public sealed record TaskListener
{
    /// <summary>create, assignment, update, complete, delete or timeout.</summary>
    public required string Event { get; init; }

    /// <summary>The listener id; required for timeout listeners.</summary>
    public string? Id { get; init; }

    /// <summary>The inline JavaScript, when the listener is a script.</summary>
    public ScriptSource? Script { get; init; }

    /// <summary>The registered handler's name, when the listener is a handler.</summary>
    public string? HandlerName { get; init; }

    /// <summary>"class" or "delegateExpression" for handlers; null for scripts.</summary>
    public string? HandlerKind { get; init; }

    /// <summary>The <c>camunda:field</c> values passed to a handler.</summary>
    public ValueList<ListenerField> Fields { get; init; } = ValueList<ListenerField>.Empty;

    /// <summary>The timer of a timeout listener, relative to task creation.</summary>
    public TimerSpec? Timeout { get; init; }

    /// <summary>Where the listener element starts.</summary>
    public SourcePosition Position { get; init; }
}
