namespace CaseFlow.Grains.Instances.ReadModel;

/// <summary>A job the read model says is on offer and unlocked; the instance decides whether a worker really gets it.</summary>
public sealed record ExternalJobCandidate(string JobId, string InstanceId, string ProcessKey, string ElementId, string Topic, int Attempt);
