using CaseFlow.Workflows.Diagnostics;

namespace CaseFlow.Workflows.Model;

/// <summary>The outcome of parsing and validating one file.</summary>
/// <param name="Definitions">The model; null when the XML could not be read at all (BPMN001–007).</param>
/// <param name="Diagnostics">Every finding in document order, at most 200 (R87).</param>
public sealed record BpmnParseResult(BpmnDefinitions? Definitions, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when any diagnostic is an error; such a file must not be deployed.</summary>
    public bool HasErrors => Diagnostics.Any(diagnostic => diagnostic.IsError);

    /// <summary>The processes, empty when the file could not be read.</summary>
    public IReadOnlyList<ProcessModel> Processes => Definitions?.Processes ?? (IReadOnlyList<ProcessModel>)[];

    public bool Equals(BpmnParseResult? other) =>
        other is not null
        && Equals(Definitions, other.Definitions)
        && Diagnostics.SequenceEqual(other.Diagnostics);

    public override int GetHashCode() => HashCode.Combine(Definitions, Diagnostics.Count);
}
