namespace CaseFlow.Workflows.Model;

/// <summary>An element's <c>camunda:inputOutput</c> (R68).</summary>
/// <param name="Inputs">Evaluated in XML order on activation into locals.</param>
/// <param name="Outputs">Evaluated in XML order on normal completion, written to the parent scope.</param>
public sealed record InputOutputMapping(ValueList<IoParameter> Inputs, ValueList<IoParameter> Outputs)
{
    /// <summary>No mappings.</summary>
    public static InputOutputMapping Empty { get; } = new(ValueList<IoParameter>.Empty, ValueList<IoParameter>.Empty);

    /// <summary>True when there are neither inputs nor outputs.</summary>
    public bool IsEmpty => Inputs.Count == 0 && Outputs.Count == 0;
}
