namespace CaseFlow.Grains.Contracts.CaseFiles;

[GenerateSerializer, Alias("caseflow.visit-outcome")]
public enum VisitOutcome
{
    Reached = 1,
    NotAtHome = 2,
    Deceased = 3,
    Moved = 4,
    Refused = 5,
}
