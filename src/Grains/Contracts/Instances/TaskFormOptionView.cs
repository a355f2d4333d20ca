namespace CaseFlow.Grains.Contracts.Instances;

/// <summary>One value of an enum form field.</summary>
[GenerateSerializer, Immutable, Alias("caseflow.task-form-option-view")]
public sealed record TaskFormOptionView([property: Id(0)] string Id, [property: Id(1)] string? Name);
