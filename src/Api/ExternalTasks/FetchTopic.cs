namespace CaseFlow.Api.ExternalTasks;

/// <summary>One topic of a fetch-and-lock request.</summary>
/// <param name="TopicName">A topic outside <c>caseflow.</c> (those run inside CaseFlow).</param>
/// <param name="LockDuration">Milliseconds the lock lasts, 1 to 86,400,000 (one day).</param>
public sealed record FetchTopic(string? TopicName, long? LockDuration);
