using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Parsing;

/// <summary>What the reader collects for one element before building its immutable model object.</summary>
internal sealed class NodeParts(string id, XmlElementNode element, string? scopeId)
{
    public string Id { get; } = id;

    public XmlElementNode Element { get; } = element;

    public string? ScopeId { get; } = scopeId;

    public List<ExtensionProperty> Properties { get; } = [];

    public List<IoParameter> Inputs { get; } = [];

    public List<IoParameter> Outputs { get; } = [];

    public string? FailedJobRetryTimeCycle { get; set; }

    public List<TaskListener> TaskListeners { get; } = [];

    public FormData? FormData { get; set; }

    public List<CallVariableMapping> CallInputs { get; } = [];

    public List<CallVariableMapping> CallOutputs { get; } = [];

    public InputOutputMapping InputOutput =>
        Inputs.Count == 0 && Outputs.Count == 0
            ? InputOutputMapping.Empty
            : new InputOutputMapping(ValueList<IoParameter>.From(Inputs), ValueList<IoParameter>.From(Outputs));
}
