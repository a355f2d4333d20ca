namespace CaseFlow.Storage.Tests.Infrastructure;

/// <summary>A cf_change_feed row as the tests inspect it.</summary>
public sealed record ChangeFeedRow(string ServiceId, string StateName, string GrainKey, int Version, byte[]? Payload);
