using Microsoft.Extensions.Logging;

namespace CaseFlow.Grains.Petitions;

/// <summary>Petition log events (ids 4650–4669). Petitions and persons appear only by id: never names, phones or content.</summary>
internal static partial class PetitionsLog
{
    [LoggerMessage(EventId = 4650, EventName = "PetitionChanged", Level = LogLevel.Information,
        Message = "Petition {PetitionId}: {Kind} by {Actor}, now version {Version}")]
    public static partial void Changed(ILogger logger, string petitionId, string kind, int version, string actor);

    [LoggerMessage(EventId = 4651, EventName = "PetitionCommandRefused", Level = LogLevel.Information,
        Message = "Petition {PetitionId}: {Command} refused with {Code}")]
    public static partial void Refused(ILogger logger, string petitionId, string command, string code);

    [LoggerMessage(EventId = 4652, EventName = "PetitionRepeatDetected", Level = LogLevel.Information,
        Message = "Petition {PetitionId} repeats petition {EarlierPetitionId} ({EarlierCount} earlier on the same matter)")]
    public static partial void RepeatDetected(ILogger logger, string petitionId, string earlierPetitionId, int earlierCount);

    [LoggerMessage(EventId = 4653, EventName = "PetitionCalendarYearMissing", Level = LogLevel.Warning,
        Message = "Petition {PetitionId}: a deadline needs calendar year {Year}, which has no data")]
    public static partial void CalendarYearMissing(ILogger logger, string petitionId, int year);

    [LoggerMessage(EventId = 4654, EventName = "PetitionPersonLinkRefused", Level = LogLevel.Warning,
        Message = "Petition {PetitionId}: person {PersonId} refused the petition link with {Code}")]
    public static partial void PersonLinkRefused(ILogger logger, string petitionId, string personId, string code);

    [LoggerMessage(EventId = 4655, EventName = "PetitionPersonLinkFailed", Level = LogLevel.Warning,
        Message = "Petition {PetitionId}: updating the link on person {PersonId} failed; the next change repairs it")]
    public static partial void PersonLinkFailed(ILogger logger, Exception exception, string petitionId, string personId);

    [LoggerMessage(EventId = 4656, EventName = "PetitionStateWriteFailed", Level = LogLevel.Error,
        Message = "Petition {PetitionId} state write failed; the command is not applied")]
    public static partial void StateWriteFailed(ILogger logger, Exception exception, string petitionId);
}
