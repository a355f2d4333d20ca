namespace CaseFlow.Workflows.Model;

/// <summary>A call of another process key (R45–R47).</summary>
public sealed record CallActivity : Activity
{
    /// <summary><c>calledElement</c>: a key or an expression.</summary>
    public string? CalledElement { get; init; }

    /// <summary><c>camunda:calledElementBinding</c>: latest (default), version, versionTag or deployment.</summary>
    public string? Binding { get; init; }

    /// <summary><c>camunda:calledElementVersion</c> for the version binding.</summary>
    public string? Version { get; init; }

    /// <summary><c>camunda:calledElementVersionTag</c> for the versionTag binding.</summary>
    public string? VersionTag { get; init; }

    /// <summary><c>camunda:in</c> entries in XML order.</summary>
    public ValueList<CallVariableMapping> Inputs { get; init; } = ValueList<CallVariableMapping>.Empty;

    /// <summary><c>camunda:out</c> entries in XML order.</summary>
    public ValueList<CallVariableMapping> Outputs { get; init; } = ValueList<CallVariableMapping>.Empty;

    public override FlowNodeKind Kind => FlowNodeKind.CallActivity;

    public override string ElementType => "callActivity";
}
