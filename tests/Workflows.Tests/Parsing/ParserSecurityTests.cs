using System.Diagnostics;
using System.Text;
using CaseFlow.Workflows.Diagnostics;
using CaseFlow.Workflows.Parsing;

namespace CaseFlow.Workflows.Tests.Parsing;

/// <summary>BPMN.md R85–R86: hostile or oversized input fails early with one precise diagnostic.</summary>
public sealed class ParserSecurityTests
{
    [Fact(DisplayName = "R85a: a DOCTYPE with an external entity is BPMN001 and no file content leaks")]
    public void R85a_xxe_external_entity_is_rejected()
    {
        var secretFile = Path.Combine(Path.GetTempPath(), $"caseflow-secret-{Guid.NewGuid():N}.txt");
        const string secret = "TOP-SECRET-7f3a9c";
        File.WriteAllText(secretFile, secret);
        try
        {
            var xml = $"""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE definitions [ <!ENTITY xxe SYSTEM "file://{secretFile}"> ]>
                <bpmn:definitions {BpmnDocuments.Namespaces} id="d">
                  <bpmn:process id="p" name="&xxe;" isExecutable="true"><bpmn:startEvent id="s" /></bpmn:process>
                </bpmn:definitions>
                """;

            var result = BpmnDocuments.Parse(xml);

            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal(DiagnosticCodes.DoctypePresent, diagnostic.Code);
            Assert.Equal(2, diagnostic.Line);
            Assert.Null(result.Definitions);
            Assert.DoesNotContain(secret, diagnostic.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(secretFile, diagnostic.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(secretFile);
        }
    }

    [Fact(DisplayName = "R85b: a billion-laughs file is BPMN001, quickly")]
    public void R85b_billion_laughs_is_rejected_quickly()
    {
        var entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (var i = 1; i < 10; i++)
        {
            entities.Append(System.Globalization.CultureInfo.InvariantCulture, $"<!ENTITY lol{i} \"&lol{i - 1};&lol{i - 1};&lol{i - 1};&lol{i - 1};&lol{i - 1};&lol{i - 1};&lol{i - 1};&lol{i - 1};&lol{i - 1};&lol{i - 1};\">");
        }

        var xml = $"<?xml version=\"1.0\"?><!DOCTYPE lolz [{entities}]><lolz>&lol9;</lolz>";
        var stopwatch = Stopwatch.StartNew();

        var result = BpmnParser.Parse(Encoding.UTF8.GetBytes(xml));

        stopwatch.Stop();
        Assert.Equal(DiagnosticCodes.DoctypePresent, Assert.Single(result.Diagnostics).Code);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(1), $"took {stopwatch.Elapsed}");
    }

    [Fact(DisplayName = "A DOCTYPE after comments and processing instructions is still found")]
    public void Doctype_after_prolog_comments_is_rejected()
    {
        var xml = "<?xml version=\"1.0\"?>\n<!-- exported -->\n<?pi x?>\n<!DOCTYPE x><x/>";

        Assert.Equal(DiagnosticCodes.DoctypePresent, Assert.Single(BpmnDocuments.Parse(xml).Diagnostics).Code);
    }

    [Fact(DisplayName = "R86a: a 5 MiB file is BPMN002, from bytes, a stream and a string")]
    public void R86a_five_mebibyte_file_is_rejected()
    {
        var body = BpmnDocuments.Process($"<bpmn:documentation>{new string('x', 5 * 1024 * 1024)}</bpmn:documentation>");
        var bytes = Encoding.UTF8.GetBytes(body);

        Assert.Equal(DiagnosticCodes.FileTooLarge, Assert.Single(BpmnParser.Parse(bytes).Diagnostics).Code);
        Assert.Equal(DiagnosticCodes.FileTooLarge, Assert.Single(BpmnParser.Parse(new MemoryStream(bytes)).Diagnostics).Code);
        Assert.Equal(DiagnosticCodes.FileTooLarge, Assert.Single(BpmnParser.Parse(body).Diagnostics).Code);
    }

    [Fact(DisplayName = "A non-seekable stream is read only up to the limit")]
    public void Unseekable_stream_over_the_limit_is_rejected()
    {
        var bytes = new byte[2048];
        var options = new BpmnParserOptions { MaxFileBytes = 1024 };

        var result = BpmnParser.Parse(new ForwardOnlyStream(bytes), options);

        Assert.Equal(DiagnosticCodes.FileTooLarge, Assert.Single(result.Diagnostics).Code);
    }

    [Fact(DisplayName = "Nesting deeper than the limit is BPMN003")]
    public void Deep_nesting_is_rejected()
    {
        var xml = BpmnDocuments.Process(string.Concat(Enumerable.Repeat("<x:a xmlns:x=\"urn:x\">", 70)) + string.Concat(Enumerable.Repeat("</x:a>", 70)));

        Assert.Equal(DiagnosticCodes.TooDeep, Assert.Single(BpmnDocuments.Parse(xml).Diagnostics).Code);
    }

    [Fact(DisplayName = "More elements than the limit is BPMN004")]
    public void Too_many_elements_are_rejected()
    {
        var xml = BpmnDocuments.Process(string.Concat(Enumerable.Repeat("<bpmn:documentation/>", 200)));

        var result = BpmnDocuments.Parse(xml, new BpmnParserOptions { MaxElements = 100 });

        Assert.Equal(DiagnosticCodes.TooManyElements, Assert.Single(result.Diagnostics).Code);
    }

    [Fact(DisplayName = "More flow nodes in one process than the limit is BPMN004")]
    public void Too_many_flow_nodes_are_rejected()
    {
        var nodes = string.Concat(Enumerable.Range(0, 12).Select(i => $"<bpmn:endEvent id=\"e{i}\"/>"));

        var result = BpmnDocuments.Parse(BpmnDocuments.Process(nodes), new BpmnParserOptions { MaxFlowNodesPerProcess = 10 });

        Assert.Contains(DiagnosticCodes.TooManyElements, result.Codes());
        Assert.Null(result.Definitions);
    }

    [Fact(DisplayName = "An over-long value or id is BPMN005")]
    public void Long_values_are_rejected()
    {
        var longName = BpmnDocuments.Process($"<bpmn:startEvent id=\"s\" name=\"{new string('n', 70_000)}\"/>");
        var longId = BpmnDocuments.Process($"<bpmn:startEvent id=\"{new string('i', 300)}\"/>");
        var longScript = BpmnDocuments.Process($"<bpmn:scriptTask id=\"t\" scriptFormat=\"js\"><bpmn:script>{new string(' ', 10)}{new string('x', 70_000)}</bpmn:script></bpmn:scriptTask>");

        Assert.Equal(DiagnosticCodes.ValueTooLong, Assert.Single(BpmnDocuments.Parse(longName).Diagnostics).Code);
        Assert.Equal(DiagnosticCodes.ValueTooLong, Assert.Single(BpmnDocuments.Parse(longId).Diagnostics).Code);
        Assert.Equal(DiagnosticCodes.ValueTooLong, Assert.Single(BpmnDocuments.Parse(longScript).Diagnostics).Code);
    }

    [Fact(DisplayName = "Malformed XML is BPMN006 with line and column")]
    public void Malformed_xml_reports_position()
    {
        var xml = "<?xml version=\"1.0\"?>\n<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">\n  <bpmn:process id=\"p\">\n</bpmn:definitions>";

        var diagnostic = Assert.Single(BpmnDocuments.Parse(xml).Diagnostics);

        Assert.Equal(DiagnosticCodes.MalformedXml, diagnostic.Code);
        Assert.Equal(4, diagnostic.Line);
        Assert.True(diagnostic.Column > 0);
    }

    [Theory(DisplayName = "Encodings other than UTF-8 and UTF-16 with a matching declaration are BPMN007")]
    [InlineData("ISO-8859-1")]
    [InlineData("GBK")]
    public void Other_declared_encodings_are_rejected(string encoding)
    {
        var xml = $"<?xml version=\"1.0\" encoding=\"{encoding}\"?><bpmn:definitions {BpmnDocuments.Namespaces}/>";

        Assert.Equal(DiagnosticCodes.UnsupportedEncoding, Assert.Single(BpmnParser.Parse(Encoding.ASCII.GetBytes(xml)).Diagnostics).Code);
    }

    [Fact(DisplayName = "Bytes that are not UTF-8 are BPMN007")]
    public void Invalid_utf8_is_rejected()
    {
        var bytes = Encoding.UTF8.GetBytes(BpmnDocuments.Linear("<bpmn:userTask id=\"middle\" name=\"XX\"/>"));
        var index = Array.IndexOf(bytes, (byte)'X');
        bytes[index] = 0xC3;
        bytes[index + 1] = 0x28;

        Assert.Equal(DiagnosticCodes.UnsupportedEncoding, Assert.Single(BpmnParser.Parse(bytes).Diagnostics).Code);
    }

    [Fact(DisplayName = "UTF-16 declared as UTF-8 is BPMN007; UTF-16 declared as UTF-16 parses")]
    public void Utf16_needs_a_matching_declaration()
    {
        var wrong = BpmnDocuments.Linear("<bpmn:userTask id=\"middle\"/>");
        var right = wrong.Replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"", StringComparison.Ordinal);

        Assert.Equal(DiagnosticCodes.UnsupportedEncoding, Assert.Single(BpmnParser.Parse(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(wrong)).ToArray()).Diagnostics).Code);
        BpmnParser.Parse(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(right)).ToArray()).AssertNoErrors();
    }

    [Fact(DisplayName = "A UTF-8 byte order mark is accepted")]
    public void Utf8_bom_is_accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(BpmnDocuments.Linear("<bpmn:userTask id=\"middle\"/>"))).ToArray();

        BpmnParser.Parse(bytes).AssertNoErrors();
    }

    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
