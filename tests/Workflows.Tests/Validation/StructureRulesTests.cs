using CaseFlow.Workflows.Diagnostics;
using CaseFlow.Workflows.Model;
using static CaseFlow.Workflows.Tests.Parsing.BpmnDocuments;

namespace CaseFlow.Workflows.Tests.Validation;

/// <summary>Definitions, ids, start and end events, flows and scopes (BPMN010–014, BPMN101–106).</summary>
public sealed class StructureRulesTests
{
    [Fact(DisplayName = "A root other than bpmn:definitions is BPMN010")]
    public void Wrong_root_is_rejected() =>
        Assert.Equal(DiagnosticCodes.NotBpmnDefinitions, Assert.Single(Parse("<definitions xmlns=\"urn:other\" />").Diagnostics).Code);

    [Fact(DisplayName = "A file without an executable process is BPMN011")]
    public void No_executable_process_is_rejected()
    {
        var xml = Process("<bpmn:startEvent id=\"s\" />").Replace("isExecutable=\"true\"", "isExecutable=\"false\"", StringComparison.Ordinal);

        Assert.Contains(DiagnosticCodes.NoExecutableProcess, Parse(xml).Codes());
    }

    [Fact(DisplayName = "Duplicate ids are BPMN012; ids that are not NCNames are BPMN013")]
    public void Bad_ids_are_rejected()
    {
        var result = Parse(Linear("<bpmn:userTask id=\"middle\" /><bpmn:userTask id=\"middle\" /><bpmn:userTask id=\"1bad\" />"));

        Assert.Equal("middle", result.Single(DiagnosticCodes.DuplicateId).ElementId);
        Assert.Equal("1bad", result.Single(DiagnosticCodes.InvalidId).ElementId);
    }

    [Fact(DisplayName = "A process key longer than 64 characters is BPMN013")]
    public void Long_key_is_rejected()
    {
        var xml = Linear("<bpmn:userTask id=\"middle\" />").Replace("id=\"p\"", $"id=\"{new string('k', 65)}\"", StringComparison.Ordinal);

        Assert.Contains(DiagnosticCodes.InvalidId, Parse(xml).Codes());
    }

    [Fact(DisplayName = "Unresolved sourceRef, targetRef and default are BPMN014")]
    public void Unresolved_references_are_rejected()
    {
        var xml = Linear("<bpmn:userTask id=\"middle\" default=\"nowhere\" />", "<bpmn:sequenceFlow id=\"f9\" sourceRef=\"ghost\" targetRef=\"end\" />");

        var codes = Parse(xml).Diagnostics.Where(d => d.Code == DiagnosticCodes.UnresolvedReference).Select(d => d.ElementId);

        Assert.Equal(["middle", "f9"], codes);
    }

    [Fact(DisplayName = "A process without a start event is BPMN101")]
    public void Missing_start_is_rejected() =>
        Assert.Contains(DiagnosticCodes.MissingStartEvent, Parse(Process("<bpmn:endEvent id=\"e\" />")).Codes());

    [Fact(DisplayName = "Two none starts in one scope are BPMN102")]
    public void Two_none_starts_are_rejected()
    {
        var result = Parse(Linear("<bpmn:userTask id=\"middle\" />", "<bpmn:startEvent id=\"start2\" /><bpmn:sequenceFlow id=\"f3\" sourceRef=\"start2\" targetRef=\"middle\" />"));

        Assert.Equal("start2", result.Single(DiagnosticCodes.SeveralNoneStarts).ElementId);
    }

    [Fact(DisplayName = "A timer start inside a subprocess and a flow into a start event are BPMN103")]
    public void Misplaced_starts_are_rejected()
    {
        var subProcess = """
            <bpmn:subProcess id="middle">
              <bpmn:startEvent id="inner"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:startEvent>
              <bpmn:sequenceFlow id="fi" sourceRef="inner" targetRef="innerEnd" />
              <bpmn:endEvent id="innerEnd" />
            </bpmn:subProcess>
            """;

        var result = Parse(Linear(subProcess, """<bpmn:sequenceFlow id="back" sourceRef="middle" targetRef="start" />"""));

        var misplaced = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.StartEventNotAllowed).Select(d => d.ElementId);
        Assert.Equal(["start", "inner"], misplaced);
        Assert.Equal("middle", result.Single(DiagnosticCodes.MissingStartEvent).ElementId);
    }

    [Fact(DisplayName = "Flows out of an end event, into a boundary event or across a subprocess border are BPMN104")]
    public void Forbidden_flows_are_rejected()
    {
        var xml = Process("""
                <bpmn:startEvent id="start" />
                <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="sub" />
                <bpmn:subProcess id="sub">
                  <bpmn:startEvent id="innerStart" />
                  <bpmn:sequenceFlow id="fi" sourceRef="innerStart" targetRef="innerTask" />
                  <bpmn:userTask id="innerTask" />
                  <bpmn:sequenceFlow id="cross" sourceRef="innerTask" targetRef="end" />
                </bpmn:subProcess>
                <bpmn:sequenceFlow id="f2" sourceRef="sub" targetRef="end" />
                <bpmn:endEvent id="end" />
                <bpmn:sequenceFlow id="fromEnd" sourceRef="end" targetRef="timer" />
                <bpmn:boundaryEvent id="timer" attachedToRef="sub"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
            """);

        var flagged = Parse(xml).Diagnostics.Where(d => d.Code == DiagnosticCodes.FlowNotAllowed).Select(d => d.ElementId).ToHashSet();

        Assert.Equal(new HashSet<string?> { "cross", "end", "timer" }, flagged);
    }

    [Fact(DisplayName = "An unreachable task is warning BPMN105 and a dead-end activity is warning BPMN106")]
    public void Reachability_warnings()
    {
        var result = Parse(Linear("<bpmn:userTask id=\"middle\" />", "<bpmn:userTask id=\"orphan\" />"));

        var orphan = result.Diagnostics.Where(d => d.ElementId == "orphan").ToList();
        Assert.Equal([DiagnosticCodes.NeverActivated, DiagnosticCodes.NoOutgoingFlow], orphan.Select(d => d.Code));
        Assert.All(orphan, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.False(result.HasErrors);
    }

    [Fact(DisplayName = "An embedded subprocess gets its own scope in the model")]
    public void Subprocess_scope_is_modelled()
    {
        var xml = Linear("""
            <bpmn:subProcess id="middle">
              <bpmn:startEvent id="innerStart" />
              <bpmn:sequenceFlow id="fi" sourceRef="innerStart" targetRef="innerEnd" />
              <bpmn:endEvent id="innerEnd" />
            </bpmn:subProcess>
            """);

        var result = Parse(xml);

        result.AssertNoErrors();
        var model = result.Processes[0];
        Assert.Equal("middle", model.ParentScopeOf("innerEnd")!.Id);
        Assert.Equal("innerStart", model.NoneStartEvent("middle")!.Id);
        Assert.Equal(["innerStart", "innerEnd"], model.NodesInScope("middle").Select(n => n.Id));
        Assert.Equal(2, Assert.IsType<SubProcess>(model.GetNode("middle")).Nodes.Count);
        Assert.Equal(["start", "f1", "middle"], new[] { model.AllNodes[0].Id, model.AllFlows[0].Id, model.AllNodes[1].Id });
    }
}
