using CaseFlow.Workflows.Parsing;
using static CaseFlow.Workflows.Tests.Parsing.BpmnDocuments;

namespace CaseFlow.Workflows.Tests.Parsing;

/// <summary>R89: the same bytes give an equal model and the same diagnostics in the same order.</summary>
public sealed class DeterminismTests
{
    [Fact(DisplayName = "R89a: parsing the same bytes twice gives an identical model and diagnostics")]
    public void R89a_same_bytes_give_identical_model_and_diagnostics()
    {
        var bytes = Fixture("certificate-application.bpmn");

        var first = BpmnParser.Parse(bytes);
        var second = BpmnParser.Parse((byte[])bytes.Clone());

        Assert.NotSame(first.Definitions, second.Definitions);
        Assert.Equal(first.Definitions, second.Definitions);
        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.Equal(first, second);
    }

    [Fact(DisplayName = "R89a: an invalid file gives the same diagnostics in the same order every time")]
    public void R89a_invalid_file_gives_same_diagnostics()
    {
        var xml = Linear("<bpmn:complexGateway id=\"middle\" />", "<bpmn:userTask id=\"orphan\" camunda:priority=\"high\" />");

        var runs = Enumerable.Range(0, 3).Select(_ => Parse(xml).Diagnostics).ToList();

        Assert.NotEmpty(runs[0]);
        Assert.All(runs, run => Assert.Equal(runs[0], run));
    }

    [Fact(DisplayName = "A changed model is not equal to the original")]
    public void Changed_model_is_not_equal()
    {
        var original = Parse(Linear("<bpmn:userTask id=\"middle\" camunda:assignee=\"a\" />"));
        var changed = Parse(Linear("<bpmn:userTask id=\"middle\" camunda:assignee=\"b\" />"));

        Assert.NotEqual(original.Definitions, changed.Definitions);
    }
}
