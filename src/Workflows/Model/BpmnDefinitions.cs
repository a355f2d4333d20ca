namespace CaseFlow.Workflows.Model;

/// <summary>The content of one BPMN file: its processes and root elements.</summary>
/// <param name="Id">The <c>definitions/@id</c>.</param>
/// <param name="Processes">Every process in XML order, executable or not.</param>
/// <param name="RootElements">Messages, errors and escalations.</param>
public sealed record BpmnDefinitions(string? Id, ValueList<ProcessModel> Processes, RootElements RootElements)
{
    /// <summary>The processes a deploy stores (R80).</summary>
    public IEnumerable<ProcessModel> ExecutableProcesses => Processes.Where(process => process.Attributes.IsExecutable);
}
