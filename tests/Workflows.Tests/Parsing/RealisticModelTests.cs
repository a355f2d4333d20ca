using CaseFlow.Workflows.Diagnostics;
using CaseFlow.Workflows.Model;
using CaseFlow.Workflows.Timers;

namespace CaseFlow.Workflows.Tests.Parsing;

/// <summary>A process as the Camunda 7 modeler saves it, with diagram, parses cleanly into the expected model.</summary>
public sealed class RealisticModelTests
{
    private static readonly BpmnParseResult Result = BpmnDocuments.Parse(
        System.Text.Encoding.UTF8.GetString(BpmnDocuments.Fixture("certificate-application.bpmn")));

    private static ProcessModel Model => Assert.Single(Result.Processes);

    [Fact(DisplayName = "The modeler's file parses with no error or warning; only the history TTL info is reported")]
    public void Parses_without_errors()
    {
        Result.AssertNoErrors();
        var nonInfo = Result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info);
        Assert.Empty(nonInfo);
        Assert.Equal([DiagnosticCodes.AcceptedWithoutEffect], Result.Codes());
    }

    [Fact(DisplayName = "Process attributes and Camunda process extensions are read")]
    public void Process_attributes()
    {
        var attributes = Model.Attributes;
        Assert.Equal("certificate_application", Model.Key);
        Assert.Equal("残疾人证申请", attributes.Name);
        Assert.True(attributes.IsExecutable);
        Assert.Equal("2025.1", attributes.VersionTag);
        Assert.Equal(["caseworker", "supervisor"], attributes.CandidateStarterGroups);
        Assert.True(attributes.IsStartableInTasklist);
        Assert.Equal("180", attributes.HistoryTimeToLive);
    }

    [Fact(DisplayName = "The start event carries the initiator and a generated form with business key")]
    public void Start_event_form()
    {
        var start = Assert.IsType<StartEvent>(Model.NoneStartEvent());
        Assert.Equal("starter", start.Initiator);
        var formData = Assert.IsType<FormData>(start.Form.FormData);
        Assert.Equal("applicationNo", formData.BusinessKey);
        Assert.Equal(["applicationNo", "applicantName", "disabilityType", "submittedOn"], formData.Fields.Select(f => f.Id));
        var type = formData.Fields[2];
        Assert.Equal("enum", type.Type);
        Assert.Equal(["visual", "hearing", "physical"], type.EnumValues.Select(v => v.Id));
        Assert.Equal(new FormFieldConstraint("maxlength", "32"), formData.Fields[0].Constraints[1]);
    }

    [Fact(DisplayName = "User task assignment, due date, priority, form and properties are kept as written")]
    public void User_task_extensions()
    {
        var review = Assert.IsType<UserTask>(Model.GetNode("Task_Review"));
        Assert.Equal("${starter}", review.Assignee);
        Assert.Equal("caseworker,assessor", review.CandidateGroups);
        Assert.Equal("P5D", review.DueDate);
        Assert.Equal("60", review.Priority);
        Assert.Equal(["approved", "reviewNote"], review.Form.FormData!.Fields.Select(f => f.Id));
        Assert.Equal("${true}", review.Form.FormData.Fields[0].DefaultValue);
        Assert.Equal("none", review.Property("caseflow.return"));
        Assert.Equal("county-office", review.Property("department"));
    }

    [Fact(DisplayName = "The exclusive gateway tests its condition and falls back to its default flow")]
    public void Exclusive_gateway_with_default()
    {
        var gateway = Assert.IsType<Gateway>(Model.GetNode("Gateway_Decision"));
        Assert.Equal(GatewayType.Exclusive, gateway.GatewayType);
        Assert.Equal("Flow_Rejected", gateway.DefaultFlowId);
        var outgoing = Model.Outgoing("Gateway_Decision");
        Assert.Equal(["Flow_Approved", "Flow_Rejected"], outgoing.Select(f => f.Id));
        Assert.Equal("${approved and not empty applicantName}", outgoing[0].Condition!.Text);
        Assert.False(outgoing[0].IsDefault);
        Assert.True(outgoing[1].IsDefault);
        Assert.Null(outgoing[1].Condition);
    }

    [Fact(DisplayName = "The parallel split and join see their flows in XML order")]
    public void Parallel_split_and_join()
    {
        Assert.Equal(["Flow_ToAssess", "Flow_ToNotify"], Model.Outgoing("Gateway_Split").Select(f => f.Id));
        Assert.Equal(["Flow_AssessDone", "Flow_NotifyDone"], Model.Incoming("Gateway_Join").Select(f => f.Id));
        Assert.Equal(GatewayType.Parallel, Assert.IsType<Gateway>(Model.GetNode("Gateway_Join")).GatewayType);
    }

    [Fact(DisplayName = "The non-interrupting reminder timer leads to the escalation task")]
    public void Non_interrupting_boundary_timer()
    {
        var reminder = Assert.Single(Model.BoundaryEventsOf("Task_Assess"));
        Assert.Equal("Boundary_AssessReminder", reminder.Id);
        Assert.False(reminder.CancelActivity);
        var timer = Assert.IsType<TimerEventDefinition>(reminder.Definition).Timer!;
        Assert.Equal(TimerType.Duration, timer.Type);
        Assert.Equal(new TimerDuration(new IsoDuration(0, 0, 0, 0, 48, 0, 0)), timer.Literal);
        Assert.Equal("Task_Escalate", Assert.Single(Model.Outgoing(reminder.Id)).TargetId);
        Assert.Equal("supervisor", Assert.IsType<UserTask>(Model.GetNode("Task_Escalate")).CandidateGroups);
    }

    [Fact(DisplayName = "The interrupting review timeout is a ten-day duration")]
    public void Interrupting_boundary_timer()
    {
        var timeout = Assert.Single(Model.BoundaryEventsOf("Task_Review"));
        Assert.True(timeout.CancelActivity);
        Assert.Equal("P10D", Assert.IsType<TimerEventDefinition>(timeout.Definition).Timer!.Text);
    }

    [Fact(DisplayName = "The external service task has its topic, priority, retry cycle and input mappings")]
    public void External_service_task()
    {
        var notify = Assert.IsType<ServiceTask>(Model.GetNode("Task_Notify"));
        Assert.Equal("sms-notification", notify.Topic);
        Assert.Equal("10", notify.TaskPriority);
        Assert.Equal("R5/PT10M", notify.FailedJobRetryTimeCycle);
        var inputs = notify.InputOutput.Inputs;
        Assert.Equal(new TextParameterValue("您的申请 ${applicationNo} 已受理"), inputs[0].Value);
        var list = Assert.IsType<ListParameterValue>(inputs[1].Value);
        Assert.Equal(new TextParameterValue("${starter}"), Assert.Single(list.Items));
    }

    [Fact(DisplayName = "Lookups cover every node; annotations and the diagram add nothing to the graph")]
    public void Lookups()
    {
        Assert.Equal(14, Model.AllNodes.Count);
        Assert.Equal(12, Model.AllFlows.Count);
        Assert.All(Model.AllNodes, node => Assert.Null(node.ScopeId));
        Assert.Equal(new SourcePosition(29, 6), Model.GetNode("Task_Review").Position);
        Assert.Null(Model.FindNode("TextAnnotation_1"));
    }
}
