namespace CaseFlow.Grains.ReadModel;

/// <summary>
/// Turns the snapshots of one grain-state name into read-model rows.
/// </summary>
/// <remarks>
/// The projector calls <see cref="ApplyAsync"/> only with a version newer than the stream's checkpoint, inside the
/// transaction that advances the checkpoint and consumes the change row, so a projection may assume it never sees
/// a version twice. It must still write with upserts keyed by the grain key: a rebuild replays current state into
/// empty tables, and a projection never knows which of the two it is serving.
/// </remarks>
public interface IProjection
{
    /// <summary>The state name (<c>[PersistentState]</c> name) whose snapshots this projection reads.</summary>
    string StateName { get; }

    /// <summary>Writes the rows for one snapshot. <paramref name="payload"/> is null when the state was cleared.</summary>
    Task ApplyAsync(ProjectionContext context, string grainKey, int version, BinaryData? payload, CancellationToken cancellationToken);

    /// <summary>Empties the tables this projection owns; used by the rebuild command before replaying state.</summary>
    Task ResetAsync(ProjectionContext context, CancellationToken cancellationToken);
}
