namespace CaseFlow.Workflows.Execution.Commands;

/// <summary>One instruction of an instance modification (R73), applied in the order given.</summary>
/// <param name="Kind">One of <see cref="ModificationKinds"/>.</param>
/// <param name="ElementId">The BPMN element to start before or after, or whose live instances to cancel.</param>
/// <param name="ElementInstanceId">For <c>cancel</c>: the one element instance to cancel instead of all of an element.</param>
/// <param name="ViaFlow">For <c>startBefore</c> a joining gateway: the incoming flow the arrival is recorded on.</param>
/// <param name="ScopeInstanceId">The subprocess instance to start in when several are live; otherwise found by the engine.</param>
public sealed record ModificationInstruction(
    string Kind,
    string? ElementId = null,
    string? ElementInstanceId = null,
    string? ViaFlow = null,
    string? ScopeInstanceId = null);
