namespace CaseFlow.Grains.Contracts.Instances;

/// <summary>A call activity waiting for its child instance (R45–R47).</summary>
[GenerateSerializer, Immutable, Alias("caseflow.instance-call-view")]
public sealed record InstanceCallView(
    [property: Id(0)] string ChildInstanceId,
    [property: Id(1)] string ElementId,
    [property: Id(2)] string ProcessKey);
