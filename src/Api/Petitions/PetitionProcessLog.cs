using Microsoft.Extensions.Logging;

namespace CaseFlow.Api.Petitions;

/// <summary>Log events of the petition process binding (ids 5700–5709). Petitions appear only by id.</summary>
internal static partial class PetitionProcessLog
{
    [LoggerMessage(EventId = 5700, EventName = "PetitionProcessStarted", Level = LogLevel.Information,
        Message = "Petition {PetitionId}: process instance {InstanceId} started")]
    public static partial void Started(ILogger logger, string petitionId, string instanceId);

    [LoggerMessage(EventId = 5701, EventName = "PetitionProcessStartSkipped", Level = LogLevel.Warning,
        Message = "Petition {PetitionId}: no process instance started ({Code}); the petition is tracked without tasks")]
    public static partial void StartSkipped(ILogger logger, string petitionId, string code);

    [LoggerMessage(EventId = 5702, EventName = "PetitionClosedMessageNotDelivered", Level = LogLevel.Debug,
        Message = "Petition {PetitionId}: closure not delivered to a process instance ({Code})")]
    public static partial void ClosedNotDelivered(ILogger logger, string petitionId, string code);
}
