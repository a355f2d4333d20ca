using System.Text;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Parsing;

/// <summary>An element of the bounded in-memory tree the secure reader builds.</summary>
/// <remarks>
/// Reading the whole file into this small tree first keeps the limits (R86) in one place and lets the model reader
/// look ahead (an event's definitions, a gateway's <c>default</c>) without re-reading the stream.
/// </remarks>
internal sealed class XmlElementNode(string namespaceUri, string localName, SourcePosition position)
{
    private StringBuilder? _text;

    public string NamespaceUri { get; } = namespaceUri;

    public string LocalName { get; } = localName;

    public SourcePosition Position { get; } = position;

    public List<XmlAttributeNode> Attributes { get; } = [];

    public List<XmlElementNode> Children { get; } = [];

    /// <summary>The element's own text and CDATA; whitespace between child elements is dropped.</summary>
    public string Text => _text?.ToString() ?? string.Empty;

    public int TextLength => _text?.Length ?? 0;

    public bool IsBpmn => NamespaceUri == BpmnNamespaces.Model;

    public bool IsCamunda => NamespaceUri == BpmnNamespaces.Camunda;

    public void AddChild(XmlElementNode child)
    {
        if (Children.Count == 0 && _text is not null && string.IsNullOrWhiteSpace(_text.ToString()))
        {
            _text = null;
        }

        Children.Add(child);
    }

    public void AppendText(string text, bool isWhitespace)
    {
        if (isWhitespace && Children.Count > 0)
        {
            return;
        }

        (_text ??= new StringBuilder()).Append(text);
    }

    /// <summary>The unqualified attribute with this name, or null.</summary>
    public string? Attribute(string localName) => Find(string.Empty, localName);

    /// <summary>The Camunda attribute with this name, or null.</summary>
    public string? CamundaAttribute(string localName) => Find(BpmnNamespaces.Camunda, localName);

    /// <summary>The BPMN child elements with this local name.</summary>
    public IEnumerable<XmlElementNode> BpmnChildren(string localName) =>
        Children.Where(child => child.IsBpmn && child.LocalName == localName);

    /// <summary>The first BPMN child element with this local name, or null.</summary>
    public XmlElementNode? BpmnChild(string localName) => BpmnChildren(localName).FirstOrDefault();

    /// <summary>The Camunda child elements with this local name.</summary>
    public IEnumerable<XmlElementNode> CamundaChildren(string localName) =>
        Children.Where(child => child.IsCamunda && child.LocalName == localName);

    private string? Find(string namespaceUri, string localName)
    {
        foreach (var attribute in Attributes)
        {
            if (attribute.LocalName == localName && attribute.NamespaceUri == namespaceUri)
            {
                return attribute.Value;
            }
        }

        return null;
    }
}
