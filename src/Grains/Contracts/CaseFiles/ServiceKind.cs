namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>Service kinds of DOMAIN.md §3.6; each has a counting unit (<see cref="ServiceUnits"/>).</summary>
[GenerateSerializer, Alias("caseflow.service-kind")]
public enum ServiceKind
{
    FreeMedication = 1,
    PsychosocialCashSubsidy = 2,
    ChildRehabilitation = 3,
    HomeRehabilitation = 4,
    Prosthesis = 5,
    HearingAid = 6,
    AssistiveDevice = 7,
    FamilyDoctor = 8,
    HomeAccessibility = 9,
    HomeCare = 10,
    InstitutionalCare = 11,
    EducationGrant = 12,
    Employment = 13,
    LegalAid = 14,
    TemporaryAssistance = 15,
}
