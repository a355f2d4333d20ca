namespace CaseFlow.Grains.Contracts.Instances;

/// <summary>The instance after a command or read, or why the command was refused (the instance is then unchanged).</summary>
[GenerateSerializer, Immutable, Alias("caseflow.process-instance-result")]
public sealed record ProcessInstanceResult(
    [property: Id(0)] ProcessInstanceView? Instance,
    [property: Id(1)] DomainError? Error)
{
    public static ProcessInstanceResult Ok(ProcessInstanceView instance) => new(instance, null);

    public static ProcessInstanceResult Fail(DomainError error) => new(null, error);
}
