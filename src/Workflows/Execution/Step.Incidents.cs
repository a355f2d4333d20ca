using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.State;

namespace CaseFlow.Workflows.Execution;

internal sealed partial class Step
{
    /// <summary>R70: parks the element instance in a blocking incident; other tokens keep running.</summary>
    private void RaiseIncident(ElementInstance element, string type, string message, FailedOperation operation, bool retryable = true, string? errorCode = null)
    {
        Replace(element with { State = ElementInstanceState.Failed });
        var incident = new Incident(NextId("i"), type, element.ElementId, element.Id, message, _now, operation, retryable) { ErrorCode = errorCode };
        _incidents.Add(incident);
        Emit(new IncidentRaised(incident));
    }
}
