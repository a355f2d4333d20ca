using Microsoft.Extensions.Logging;

namespace CaseFlow.Grains.Persons;

/// <summary>Person log events (ids 4001–4099). Persons appear only by internal id: never names, ID numbers or phones.</summary>
internal static partial class PersonsLog
{
    [LoggerMessage(EventId = 4001, EventName = "PersonRegistered", Level = LogLevel.Information,
        Message = "Person {PersonId} registered by {Actor}")]
    public static partial void PersonRegistered(ILogger logger, string personId, string actor);

    [LoggerMessage(EventId = 4002, EventName = "PersonProfileUpdated", Level = LogLevel.Information,
        Message = "Person {PersonId} profile updated to version {Version} by {Actor} ({ChangeCount} fields)")]
    public static partial void ProfileUpdated(ILogger logger, string personId, int version, string actor, int changeCount);

    [LoggerMessage(EventId = 4003, EventName = "PersonIdNumberDuplicate", Level = LogLevel.Information,
        Message = "Person {PersonId} refused: the ID number is held by person {ExistingPersonId}")]
    public static partial void IdNumberDuplicate(ILogger logger, string personId, string existingPersonId);

    [LoggerMessage(EventId = 4004, EventName = "PersonIdClaimTakenOver", Level = LogLevel.Warning,
        Message = "ID-number claim of person {StalePersonId} was stale (never completed) and passes to person {PersonId}")]
    public static partial void IdClaimTakenOver(ILogger logger, string stalePersonId, string personId);

    [LoggerMessage(EventId = 4005, EventName = "PersonStateWriteFailed", Level = LogLevel.Error,
        Message = "Person {PersonId} state write failed; the command is not applied")]
    public static partial void StateWriteFailed(ILogger logger, Exception exception, string personId);

    [LoggerMessage(EventId = 4006, EventName = "PersonIdClaimReleaseFailed", Level = LogLevel.Warning,
        Message = "Person {PersonId} could not release its previous ID-number claim; the claim is stale and will be taken over on demand")]
    public static partial void IdClaimReleaseFailed(ILogger logger, Exception exception, string personId);
}
