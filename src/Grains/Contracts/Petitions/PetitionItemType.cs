namespace CaseFlow.Grains.Contracts.Petitions;

/// <summary>The three item types: suggestion (Art. 29), report of wrongdoing (Art. 30), complaint or request (Art. 31).</summary>
[GenerateSerializer, Alias("caseflow.petition-item-type")]
public enum PetitionItemType
{
    Suggestion = 1,
    ReportOfWrongdoing = 2,
    ComplaintOrRequest = 3,
}
