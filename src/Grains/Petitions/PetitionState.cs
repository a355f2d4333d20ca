using CaseFlow.Grains.Contracts.Petitions;

namespace CaseFlow.Grains.Petitions;

/// <summary>The stored petition (state name <c>caseflow.petition</c>): the file, version, timeline and applied keys.</summary>
[GenerateSerializer, Alias("caseflow.petition.state")]
public sealed class PetitionState
{
    /// <summary>The <c>[PersistentState]</c> name; part of every storage key and change row, so never renamed.</summary>
    public const string StateName = "caseflow.petition";

    /// <summary>How many idempotency keys are remembered; a retry comes long before this many later commands.</summary>
    public const int KeptIdempotencyKeys = 64;

    [Id(0)]
    public PetitionFile? File { get; set; }

    [Id(1)]
    public int Version { get; set; }

    [Id(2)]
    public DateTimeOffset RegisteredAt { get; set; }

    [Id(3)]
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Append-only; an entry's Seq equals its position + 1.</summary>
    [Id(4)]
    public List<PetitionEvent> Timeline { get; set; } = [];

    /// <summary>The newest idempotency keys of applied commands, oldest first.</summary>
    [Id(5)]
    public List<string> AppliedKeys { get; set; } = [];
}
