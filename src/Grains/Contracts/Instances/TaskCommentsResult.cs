using System.Collections.Immutable;

namespace CaseFlow.Grains.Contracts.Instances;

/// <summary>Comments of one task (or of the whole instance), oldest first, or why they cannot be read.</summary>
[GenerateSerializer, Immutable, Alias("caseflow.task-comments-result")]
public sealed record TaskCommentsResult(
    [property: Id(0)] ImmutableArray<TaskCommentView> Comments,
    [property: Id(1)] DomainError? Error);
