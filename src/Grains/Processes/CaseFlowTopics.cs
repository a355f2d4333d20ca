namespace CaseFlow.Grains.Processes;

/// <summary>The <c>caseflow.</c> service topics the product provides handlers for (BPMN206 accepts only these).</summary>
/// <remarks>
/// A handler registry does not exist yet: when the engine lands, each handler registers itself and this list goes.
/// Until then it is the one place that names them, so deploy-time validation and the handlers cannot drift apart
/// silently: a topic missing here makes every file that uses it fail with BPMN206.
/// </remarks>
public static class CaseFlowTopics
{
    public static IReadOnlyList<string> All { get; } =
    [
        "caseflow.issue-certificate",
        "caseflow.record-assessment",
        "caseflow.record-delivery",
        "caseflow.open-assistance",
        "caseflow.update-matter",
        "caseflow.settle-matter",
        "caseflow.close-assistance",
        "caseflow.record-enrolment",
        "caseflow.record-visit",
        "caseflow.record-problem",
        "caseflow.resolve-problem",
        "caseflow.link-petition",
        "caseflow.record-petition-outcome",
        .. CaseFlow.Grains.Petitions.Process.PetitionTopics.All,
    ];
}
