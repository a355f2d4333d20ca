using CaseFlow.Workflows.Diagnostics;
using CaseFlow.Workflows.Parsing;
using static CaseFlow.Workflows.Tests.Parsing.BpmnDocuments;

namespace CaseFlow.Workflows.Tests.Validation;

/// <summary>R87: every finding is reported, in document order, with code, element and position.</summary>
public sealed class DiagnosticReportingTests
{
    [Fact(DisplayName = "R87a: three different errors are all reported in document order with id and position")]
    public void R87a_three_errors_in_document_order()
    {
        var xml = Process("""
                <bpmn:startEvent id="start" />
                <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="review" />
                <bpmn:userTask id="review" camunda:priority="urgent" />
                <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="split" />
                <bpmn:parallelGateway id="split" />
                <bpmn:sequenceFlow id="f3" sourceRef="split" targetRef="end">
                  <bpmn:conditionExpression>${ok}</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                <bpmn:sendTask id="notify" />
                <bpmn:endEvent id="end" />
            """);

        var errors = Parse(xml).Errors().ToList();

        Assert.Equal([DiagnosticCodes.InvalidLiteralValue, DiagnosticCodes.ConditionNotAllowed, DiagnosticCodes.UnsupportedElement], errors.Select(e => e.Code));
        Assert.Equal(["review", "f3", "notify"], errors.Select(e => e.ElementId));
        Assert.Equal(["userTask", "sequenceFlow", "sendTask"], errors.Select(e => e.ElementType));
        Assert.All(errors, e => Assert.True(e.Line > 0 && e.Column > 0));
        Assert.Equal(errors.OrderBy(e => e.Line).ThenBy(e => e.Column), errors);
    }

    [Fact(DisplayName = "At most the configured number of diagnostics is returned, the first ones in the file")]
    public void Diagnostics_are_capped()
    {
        var tasks = string.Concat(Enumerable.Range(0, 30).Select(i => $"<bpmn:manualTask id=\"m{i}\" />"));

        var result = Parse(Process($"<bpmn:startEvent id=\"s\" />{tasks}"), new BpmnParserOptions { MaxDiagnostics = 10 });

        Assert.Equal(10, result.Diagnostics.Count);
        Assert.Equal("m0", result.Diagnostics[0].ElementId);
    }

    [Fact(DisplayName = "Messages quote at most 80 characters of input")]
    public void Messages_quote_little_input()
    {
        var longRole = new string('r', 500);

        var diagnostic = Parse(Linear($"<bpmn:userTask id=\"middle\" camunda:candidateGroups=\"{longRole}\" />")).Single(DiagnosticCodes.UnknownRole);

        Assert.True(diagnostic.Message.Length < 200, diagnostic.Message);
    }
}
