namespace CaseFlow.Workflows.Parsing;

/// <summary>An attribute as read, with Camunda aliases already mapped to the Camunda namespace.</summary>
/// <param name="NamespaceUri">Empty for unqualified attributes.</param>
/// <param name="LocalName">The local name.</param>
/// <param name="Value">The value.</param>
internal sealed record XmlAttributeNode(string NamespaceUri, string LocalName, string Value);
