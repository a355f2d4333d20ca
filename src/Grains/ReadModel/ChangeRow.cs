namespace CaseFlow.Grains.ReadModel;

/// <summary>One row of the change feed: a grain-state snapshot written at <see cref="Version"/>.</summary>
public sealed record ChangeRow(long Seq, string StateName, string GrainKey, int Version, BinaryData? Payload)
{
    /// <summary>The stream the projector checkpoints: the state name and grain key together.</summary>
    public string Stream => StateName + "/" + GrainKey;
}
