namespace CaseFlow.Grains.Storage;

/// <summary>One stored grain state as the read-model rebuild sees it.</summary>
/// <param name="GrainKey">GrainId.Key as text, the same value change rows carry in grain_key.</param>
/// <param name="Version">The state's version (its ETag).</param>
/// <param name="Payload">The serializer's bytes, or null when the state has been cleared.</param>
public sealed record StoredState(string GrainKey, int Version, BinaryData? Payload);
