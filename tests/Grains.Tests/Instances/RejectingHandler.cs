using CaseFlow.Grains.Instances;

namespace CaseFlow.Grains.Tests.Instances;

/// <summary>Answers a BPMN error on a product topic the test silo otherwise leaves unhandled, as a handler does for a business refusal.</summary>
public sealed class RejectingHandler : IServiceTaskHandler
{
    public const string HandledTopic = "caseflow.record-petition-outcome";

    public const string ErrorCode = "E_REJECTED";

    public string Topic => HandledTopic;

    public Task<ServiceTaskOutcome> HandleAsync(ServiceTaskContext context, CancellationToken cancellationToken) =>
        Task.FromResult(ServiceTaskOutcome.BpmnError(ErrorCode, "the applicant is not eligible"));
}
