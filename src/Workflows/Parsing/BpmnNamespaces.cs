namespace CaseFlow.Workflows.Parsing;

/// <summary>The XML namespaces BPMN.md §1.1 gives meaning to.</summary>
public static class BpmnNamespaces
{
    /// <summary>BPMN 2.0 model elements.</summary>
    public const string Model = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    /// <summary>Camunda 7 extensions.</summary>
    public const string Camunda = "http://camunda.org/schema/1.0/bpmn";

    /// <summary>Operaton's extensions, read as Camunda's.</summary>
    public const string Operaton = "http://operaton.org/schema/1.0/bpmn";

    /// <summary>Activiti's extensions, read as Camunda's.</summary>
    public const string Activiti = "http://activiti.org/bpmn";

    /// <summary>Diagram interchange: kept for the studio, no execution meaning.</summary>
    public const string BpmnDi = "http://www.omg.org/spec/BPMN/20100524/DI";

    /// <summary>Diagram interchange: shapes and bounds.</summary>
    public const string Dc = "http://www.omg.org/spec/DD/20100524/DC";

    /// <summary>Diagram interchange: waypoints and edges.</summary>
    public const string Di = "http://www.omg.org/spec/DD/20100524/DI";

    /// <summary>True for Camunda and its aliases.</summary>
    public static bool IsCamunda(string namespaceUri) =>
        namespaceUri is Camunda or Operaton or Activiti;

    /// <summary>True for the diagram-interchange namespaces.</summary>
    public static bool IsDiagram(string namespaceUri) => namespaceUri is BpmnDi or Dc or Di;
}
