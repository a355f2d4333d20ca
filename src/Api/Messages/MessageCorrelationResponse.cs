namespace CaseFlow.Api.Messages;

/// <summary>Where a message went: the instance it reached, and whether it started that instance (R54).</summary>
public sealed record MessageCorrelationResponse(string InstanceId, bool Started);
