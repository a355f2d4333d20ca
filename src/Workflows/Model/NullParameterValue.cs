namespace CaseFlow.Workflows.Model;

/// <summary>A parameter written without content; it sets null (as C7).</summary>
public sealed record NullParameterValue : ParameterValue
{
    /// <summary>The one instance.</summary>
    public static NullParameterValue Instance { get; } = new();
}
