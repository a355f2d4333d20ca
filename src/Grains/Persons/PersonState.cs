using CaseFlow.Grains.CaseFiles;
using CaseFlow.Grains.Contracts.Persons;

namespace CaseFlow.Grains.Persons;

/// <summary>The stored case file of one person (state name <c>caseflow.person</c>).</summary>
/// <remarks>
/// Public settable properties so that System.Text.Json grain storage round-trips it, and the projection reads the
/// same shape from change-feed snapshots. History travels inside the state so one write stores both.
/// </remarks>
[GenerateSerializer, Alias("caseflow.person.state")]
public sealed class PersonState
{
    /// <summary>The <c>[PersistentState]</c> name; part of every storage key and change row, so never renamed.</summary>
    public const string StateName = "caseflow.person";

    /// <summary>Null until the person is registered.</summary>
    [Id(0)]
    public PersonProfile? Profile { get; set; }

    /// <summary>Domain version: 0 before registration, +1 per accepted command; the HTTP ETag.</summary>
    [Id(1)]
    public int Version { get; set; }

    [Id(2)]
    public DateTimeOffset RegisteredAt { get; set; }

    [Id(3)]
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Append-only; an entry's Seq equals its position + 1.</summary>
    [Id(4)]
    public List<CaseEvent> History { get; set; } = [];

    /// <summary>Certificates, benefits, services, visits, 三定 and links; null until the first case-file command.</summary>
    [Id(5)]
    public PersonCaseFile? CaseFile { get; set; }

    /// <summary>The newest idempotency keys of applied case-file commands, oldest first (at most <see cref="KeptIdempotencyKeys"/>).</summary>
    [Id(6)]
    public List<string> AppliedKeys { get; set; } = [];

    /// <summary>How many idempotency keys are remembered; a service task's retry comes long before this many later commands.</summary>
    public const int KeptIdempotencyKeys = 64;
}
