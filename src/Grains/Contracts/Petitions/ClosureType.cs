namespace CaseFlow.Grains.Contracts.Petitions;

/// <summary>How a petition was closed.</summary>
[GenerateSerializer, Alias("caseflow.petition-closure-type")]
public enum ClosureType
{
    /// <summary>The review window ended without a request.</summary>
    WindowLapsed = 1,

    /// <summary>After the review (复查) reply, when the re-review window ended without a request.</summary>
    AfterReview = 2,

    /// <summary>After the re-review (复核) reply: final (终结).</summary>
    AfterReReview = 3,

    /// <summary>After a decision not to accept the item.</summary>
    NotAccepted = 4,

    /// <summary>The petitioner withdrew or confirmed the matter settled.</summary>
    Withdrawn = 5,
}
