namespace CaseFlow.Grains.Contracts.CaseFiles;

[GenerateSerializer, Alias("caseflow.visit-mode")]
public enum VisitMode
{
    Home = 1,
    Phone = 2,
    Meeting = 3,
}
