namespace CaseFlow.Workflows.Model;

/// <summary>One parsed, immutable BPMN process: its attributes, its graph and lookups for the engine.</summary>
/// <remarks>
/// <para>
/// The graph is stored as written (nodes and flows per scope, in XML order) and indexed once at construction, so the
/// engine never scans: node and flow by id, outgoing and incoming flows in XML order (R2 creates split tokens in that
/// order), boundary events per host, the nodes of each scope and each node's enclosing scope.
/// </para>
/// <para>
/// Equality is structural over the written data only; the lookups derive from it. Root elements (messages, errors,
/// escalations) belong to the file and are shared by every process of it.
/// </para>
/// </remarks>
public sealed partial class ProcessModel : IEquatable<ProcessModel>
{
    /// <summary>Builds the model and its lookups.</summary>
    public ProcessModel(
        ProcessAttributes attributes,
        ValueList<FlowNode> nodes,
        ValueList<SequenceFlow> flows,
        RootElements rootElements)
    {
        Attributes = attributes;
        Nodes = nodes;
        Flows = flows;
        RootElements = rootElements;
        _index = new ProcessIndex(nodes, flows);
    }

    private readonly ProcessIndex _index;

    /// <summary>The process key (<c>process/@id</c>).</summary>
    public string Key => Attributes.Key;

    /// <summary>Process-level attributes and Camunda extensions.</summary>
    public ProcessAttributes Attributes { get; }

    /// <summary>The top-level nodes in XML order; subprocess contents are inside each <see cref="SubProcess"/>.</summary>
    public ValueList<FlowNode> Nodes { get; }

    /// <summary>The top-level sequence flows in XML order.</summary>
    public ValueList<SequenceFlow> Flows { get; }

    /// <summary>The file's messages, errors and escalations.</summary>
    public RootElements RootElements { get; }

    public bool Equals(ProcessModel? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Attributes.Equals(other.Attributes)
                && Nodes.Equals(other.Nodes)
                && Flows.Equals(other.Flows)
                && RootElements.Equals(other.RootElements)));

    public override bool Equals(object? obj) => Equals(obj as ProcessModel);

    public override int GetHashCode() => HashCode.Combine(Attributes, Nodes, Flows, RootElements);

    public override string ToString() => $"ProcessModel {Key} ({_index.AllNodes.Count} nodes)";
}
