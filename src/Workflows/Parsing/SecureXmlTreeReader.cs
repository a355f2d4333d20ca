using System.Xml;
using CaseFlow.Workflows.Diagnostics;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Parsing;

/// <summary>Reads text into an <see cref="XmlElementNode"/> tree with DTDs prohibited and every limit enforced (R85, R86).</summary>
/// <remarks>
/// <para>
/// The reader never resolves anything: DTD processing is prohibited, no resolver is set and entity expansion is
/// capped at zero characters, so external entities, <c>xsi:schemaLocation</c> and XInclude are inert and a
/// billion-laughs file stops at its DOCTYPE. The DOCTYPE is also looked for in the prolog before the reader starts,
/// so BPMN001 does not depend on the wording of the reader's exception.
/// </para>
/// <para>Reading stops at the first limit breach; the one diagnostic says which limit and where.</para>
/// </remarks>
internal sealed class SecureXmlTreeReader(BpmnParserOptions options)
{
    private int _elementCount;

    public XmlReadOutcome Read(string text)
    {
        if (FindDoctype(text) is { } doctype)
        {
            return Stop(DiagnosticCodes.DoctypePresent, "DOCTYPE declarations are not allowed in BPMN files; remove the DTD.", doctype);
        }

        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            MaxCharactersInDocument = Math.Max(1, options.MaxFileBytes),
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = false,
            ValidationType = ValidationType.None,
            CloseInput = true,
        };

        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            return ReadTree(reader);
        }
        catch (XmlException exception)
        {
            var position = new SourcePosition(exception.LineNumber, exception.LinePosition);
            var isDtd = exception.Message.Contains("DTD", StringComparison.Ordinal);
            return isDtd
                ? Stop(DiagnosticCodes.DoctypePresent, "DOCTYPE declarations are not allowed in BPMN files; remove the DTD.", position)
                : Stop(DiagnosticCodes.MalformedXml, $"Malformed XML at line {position.Line}, column {position.Column}: {Describe(exception)}", position);
        }
    }

    private XmlReadOutcome ReadTree(XmlReader reader)
    {
        var lineInfo = (IXmlLineInfo)reader;
        var stack = new Stack<XmlElementNode>();
        XmlElementNode? root = null;
        while (reader.Read())
        {
            var position = new SourcePosition(lineInfo.LineNumber, lineInfo.LinePosition);
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (++_elementCount > options.MaxElements)
                    {
                        return Stop(DiagnosticCodes.TooManyElements, $"The file has more than {options.MaxElements} XML elements.", position);
                    }

                    if (stack.Count + 1 > options.MaxDepth)
                    {
                        return Stop(DiagnosticCodes.TooDeep, $"Elements are nested deeper than {options.MaxDepth} levels.", position);
                    }

                    var element = new XmlElementNode(Alias(reader.NamespaceURI), reader.LocalName, position);
                    if (ReadAttributes(reader, element) is { } attributeFailure)
                    {
                        return attributeFailure;
                    }

                    if (stack.TryPeek(out var parent))
                    {
                        parent.AddChild(element);
                    }
                    else
                    {
                        root = element;
                    }

                    if (!reader.IsEmptyElement)
                    {
                        stack.Push(element);
                    }

                    break;
                case XmlNodeType.EndElement:
                    stack.Pop();
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    if (stack.TryPeek(out var owner))
                    {
                        owner.AppendText(reader.Value, reader.NodeType is XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace);
                        if (owner.TextLength > options.MaxValueLength)
                        {
                            return Stop(DiagnosticCodes.ValueTooLong, $"The text of a {owner.LocalName} element is longer than {options.MaxValueLength} characters.", owner.Position);
                        }
                    }

                    break;
            }
        }

        return new XmlReadOutcome(root, null);
    }

    private XmlReadOutcome? ReadAttributes(XmlReader reader, XmlElementNode element)
    {
        if (!reader.MoveToFirstAttribute())
        {
            return null;
        }

        do
        {
            if (reader.NamespaceURI == "http://www.w3.org/2000/xmlns/")
            {
                continue;
            }

            var value = reader.Value;
            if (value.Length > options.MaxValueLength)
            {
                return Stop(DiagnosticCodes.ValueTooLong, $"Attribute {reader.LocalName} is longer than {options.MaxValueLength} characters.", element.Position);
            }

            if (reader.LocalName == "id" && reader.NamespaceURI.Length == 0 && value.Length > options.MaxIdLength)
            {
                return Stop(DiagnosticCodes.ValueTooLong, $"An id is longer than {options.MaxIdLength} characters.", element.Position);
            }

            element.Attributes.Add(new XmlAttributeNode(Alias(reader.NamespaceURI), reader.LocalName, value));
        }
        while (reader.MoveToNextAttribute());

        reader.MoveToElement();
        return null;
    }

    private static string Alias(string namespaceUri) =>
        BpmnNamespaces.IsCamunda(namespaceUri) ? BpmnNamespaces.Camunda : namespaceUri;

    /// <summary>The position of a DOCTYPE in the prolog (before the root element), or null.</summary>
    private static SourcePosition? FindDoctype(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            else if (string.CompareOrdinal(text, i, "<?", 0, 2) == 0)
            {
                var end = text.IndexOf("?>", i + 2, StringComparison.Ordinal);
                i = end < 0 ? text.Length : end + 2;
            }
            else if (string.CompareOrdinal(text, i, "<!--", 0, 4) == 0)
            {
                var end = text.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? text.Length : end + 3;
            }
            else
            {
                return string.CompareOrdinal(text, i, "<!DOCTYPE", 0, 9) == 0 ? PositionOf(text, i) : null;
            }
        }

        return null;
    }

    private static SourcePosition PositionOf(string text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourcePosition(line, index - lineStart + 1);
    }

    /// <summary>The reader's message without its own position suffix, shortened; it never contains a path.</summary>
    private static string Describe(XmlException exception)
    {
        var message = exception.Message;
        var suffix = message.IndexOf(" Line ", StringComparison.Ordinal);
        if (suffix > 0)
        {
            message = message[..suffix];
        }

        return message.Length > 160 ? message[..160] : message;
    }

    private static XmlReadOutcome Stop(string code, string message, SourcePosition position) =>
        new(null, new Diagnostic(code, DiagnosticSeverity.Error, message, null, null, position.Line, position.Column));
}
