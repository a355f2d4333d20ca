namespace CaseFlow.Grains.Contracts.Processes;

/// <summary>One version after a command or read, or why there is none.</summary>
[GenerateSerializer, Immutable, Alias("caseflow.process-version-result")]
public sealed record ProcessVersionResult(
    [property: Id(0)] ProcessVersionView? Version,
    [property: Id(1)] DomainError? Error)
{
    public static ProcessVersionResult Ok(ProcessVersionView version) => new(version, null);

    public static ProcessVersionResult Fail(DomainError error) => new(null, error);
}
