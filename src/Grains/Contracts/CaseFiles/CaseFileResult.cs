namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>The case file after a command or read, or why there is none.</summary>
[GenerateSerializer, Immutable, Alias("caseflow.case-file-result")]
public sealed record CaseFileResult(
    [property: Id(0)] CaseFileView? CaseFile,
    [property: Id(1)] DomainError? Error)
{
    public static CaseFileResult Ok(CaseFileView caseFile) => new(caseFile, null);

    public static CaseFileResult Fail(DomainError error) => new(null, error);
}
