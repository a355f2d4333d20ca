namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>Links a process instance that serves the person; linking the same instance again changes nothing.</summary>
[GenerateSerializer, Immutable, Alias("caseflow.link-process")]
public sealed record LinkProcess(
    [property: Id(0)] string Actor,
    [property: Id(1)] int? ExpectedVersion,
    [property: Id(2)] string InstanceId,
    [property: Id(3)] string? ProcessKey) : ICaseFileCommand
{
    [Id(100)]
    public string? IdempotencyKey { get; init; }
}
