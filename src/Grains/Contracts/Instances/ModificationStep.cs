namespace CaseFlow.Grains.Contracts.Instances;

/// <summary>One instruction of an instance modification (R73), applied in order.</summary>
/// <param name="Kind"><c>cancel</c>, <c>startBefore</c> or <c>startAfter</c>.</param>
/// <param name="ElementId">The element to start before or after, or whose live instances to cancel.</param>
/// <param name="ElementInstanceId">For <c>cancel</c>: one element instance instead of all of an element.</param>
/// <param name="ViaFlow">For <c>startBefore</c> a joining gateway: the incoming flow to record the arrival on.</param>
/// <param name="ScopeInstanceId">The subprocess instance to start in when several are live.</param>
[GenerateSerializer, Immutable, Alias("caseflow.modification-step")]
public sealed record ModificationStep(
    [property: Id(0)] string Kind,
    [property: Id(1)] string? ElementId = null,
    [property: Id(2)] string? ElementInstanceId = null,
    [property: Id(3)] string? ViaFlow = null,
    [property: Id(4)] string? ScopeInstanceId = null);
