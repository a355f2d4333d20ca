namespace CaseFlow.Grains.Contracts.Instances;

/// <summary>A task's form, or why it cannot be read.</summary>
[GenerateSerializer, Immutable, Alias("caseflow.task-form-result")]
public sealed record TaskFormResult([property: Id(0)] TaskFormView? Form, [property: Id(1)] DomainError? Error);
