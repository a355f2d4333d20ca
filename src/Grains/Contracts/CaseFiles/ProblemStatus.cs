namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>Open, or one of the ways a problem leaves the open count (DOMAIN.md §3.7).</summary>
[GenerateSerializer, Alias("caseflow.problem-status")]
public enum ProblemStatus
{
    Open = 1,
    Resolved = 2,
    Unresolvable = 3,
    HandedToAssistance = 4,
    HandedToPetition = 5,
    HandedToCertification = 6,
}
