namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>What every case-file command carries: who issues it and the version it was decided on.</summary>
/// <remarks>
/// <c>ExpectedVersion</c>: the person's version the caller read (the HTTP If-Match); a different current version
/// refuses the command with VERSION_MISMATCH. Null skips the check, for callers that act on the latest state by
/// design (a process service task, the petition grain keeping its link current).
/// <c>IdempotencyKey</c>: a key such as a service task's <c>instanceId:elementInstanceId:attempt</c>; a command repeated
/// with a key the person already applied answers the current case file and changes nothing.
/// </remarks>
public interface ICaseFileCommand
{
    string Actor { get; }

    int? ExpectedVersion { get; }

    string? IdempotencyKey { get; }
}
