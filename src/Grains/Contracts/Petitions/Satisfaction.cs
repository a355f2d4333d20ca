namespace CaseFlow.Grains.Contracts.Petitions;

/// <summary>The petitioner's rating: 满意, 基本满意, 不满意.</summary>
[GenerateSerializer, Alias("caseflow.petition-satisfaction")]
public enum Satisfaction
{
    Satisfied = 1,
    BasicallySatisfied = 2,
    Dissatisfied = 3,
}
