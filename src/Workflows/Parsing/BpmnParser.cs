using System.Text;
using CaseFlow.Workflows.Diagnostics;
using CaseFlow.Workflows.Model;
using CaseFlow.Workflows.Validation;

namespace CaseFlow.Workflows.Parsing;

/// <summary>Parses and validates one BPMN file into an immutable model with diagnostics (BPMN.md §6).</summary>
/// <remarks>
/// <para>
/// The pipeline is: size limit before reading (BPMN002), strict decoding (BPMN007), a bounded XML tree with DTDs
/// prohibited (BPMN001, 003–006), the model reader (Tier 1 elements and extensions, BPMN010–013 and 201–208), then
/// the validator (every other single-file rule). A failure in the first three stages stops with one diagnostic; later
/// stages report everything they find.
/// </para>
/// <para>
/// Parsing is a pure function of the bytes and the options: no clock, no culture, no file system and no network, so
/// the same bytes give an equal model and the same diagnostics in the same order (R89).
/// </para>
/// </remarks>
public static class BpmnParser
{
    /// <summary>Parses a file given as bytes.</summary>
    public static BpmnParseResult Parse(byte[] bytes, BpmnParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        options ??= BpmnParserOptions.Default;
        return bytes.Length > options.MaxFileBytes
            ? TooLarge(bytes.Length, options)
            : ParseDecoded(BpmnTextDecoder.Decode(bytes), options);
    }

    /// <summary>Parses a file read from a stream; at most one byte more than the limit is read.</summary>
    public static BpmnParseResult Parse(Stream stream, BpmnParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= BpmnParserOptions.Default;
        if (stream.CanSeek && stream.Length - stream.Position > options.MaxFileBytes)
        {
            return TooLarge(stream.Length - stream.Position, options);
        }

        var capacity = stream.CanSeek
            ? (int)Math.Min(options.MaxFileBytes + 1L, stream.Length - stream.Position + 1)
            : options.MaxFileBytes + 1;
        var buffer = new byte[capacity];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
        }

        return length > options.MaxFileBytes
            ? TooLarge(length, options)
            : ParseDecoded(BpmnTextDecoder.Decode(buffer.AsSpan(0, length)), options);
    }

    /// <summary>Parses a file given as text; its size is measured in UTF-8 bytes.</summary>
    public static BpmnParseResult Parse(string xml, BpmnParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(xml);
        options ??= BpmnParserOptions.Default;

        // Four UTF-8 bytes per character at most, so short texts skip the count.
        var size = (long)xml.Length * 4 <= options.MaxFileBytes ? 0 : Encoding.UTF8.GetByteCount(xml);
        return size > options.MaxFileBytes ? TooLarge(size, options) : ParseDecoded(BpmnTextDecoder.FromString(xml), options);
    }

    private static BpmnParseResult ParseDecoded(DecodedDocument document, BpmnParserOptions options)
    {
        if (document.Failure is not null || document.Text is null)
        {
            return new BpmnParseResult(null, [document.Failure!]);
        }

        var tree = new SecureXmlTreeReader(options).Read(document.Text);
        if (tree.Failure is not null || tree.Root is null)
        {
            return new BpmnParseResult(null, [tree.Failure ?? EmptyDocument()]);
        }

        var diagnostics = new DiagnosticBag();
        var definitions = new BpmnModelReader(options, diagnostics).Read(tree.Root);
        if (definitions is not null)
        {
            BpmnValidator.Validate(definitions, options, diagnostics);
        }

        return new BpmnParseResult(definitions, diagnostics.ToSortedList(options.MaxDiagnostics));
    }

    private static BpmnParseResult TooLarge(long size, BpmnParserOptions options) =>
        new(null, [new Diagnostic(
            DiagnosticCodes.FileTooLarge,
            DiagnosticSeverity.Error,
            $"The file has {size} bytes; the limit is {options.MaxFileBytes} bytes.",
            null,
            null,
            0,
            0)]);

    private static Diagnostic EmptyDocument() =>
        new(DiagnosticCodes.MalformedXml, DiagnosticSeverity.Error, "The file contains no XML element.", null, null, 1, 1);
}
