namespace CaseFlow.Grains.Petitions;

/// <summary>Stored petition ids of one repeat-index key (state name <c>caseflow.petition-repeat-index</c>).</summary>
[GenerateSerializer, Alias("caseflow.petition-repeat-index.state")]
public sealed class PetitionRepeatIndexState
{
    public const string StateName = "caseflow.petition-repeat-index";

    [Id(0)]
    public List<string> PetitionIds { get; set; } = [];
}
