namespace CaseFlow.Grains.Contracts.Petitions;

/// <summary>What every petition command carries.</summary>
/// <remarks>
/// <c>ExpectedVersion</c>: the version the caller read (If-Match), or null to act on the latest state.
/// <c>IdempotencyKey</c>: a key such as a service task's <c>instanceId:elementInstanceId:attempt</c>; a command
/// repeated with a key the petition already applied answers the current petition and changes nothing, so a process
/// service task may retry safely.
/// </remarks>
public interface IPetitionCommand
{
    string Actor { get; }

    int? ExpectedVersion { get; }

    string? IdempotencyKey { get; }
}
