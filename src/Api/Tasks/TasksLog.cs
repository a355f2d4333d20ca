using Microsoft.Extensions.Logging;

namespace CaseFlow.Api.Tasks;

/// <summary>Task API log events (ids 4401–4499). Ids, codes, sizes and logins only: never comment text, file names or variables.</summary>
internal static partial class TasksLog
{
    [LoggerMessage(EventId = 4401, EventName = "TaskAttachmentStored", Level = LogLevel.Information,
        Message = "Attachment {AttachmentId} of {SizeBytes} bytes ({ContentType}) stored on task {TaskId} by {Actor}")]
    public static partial void AttachmentStored(ILogger logger, string attachmentId, long sizeBytes, string contentType, string taskId, string actor);

    [LoggerMessage(EventId = 4402, EventName = "TaskAttachmentRefused", Level = LogLevel.Information,
        Message = "Attachment on task {TaskId} refused: {Code}")]
    public static partial void AttachmentRefused(ILogger logger, string taskId, string code);

    [LoggerMessage(EventId = 4403, EventName = "TaskCommandForbidden", Level = LogLevel.Information,
        Message = "{Actor} may not {Command} task {TaskId}")]
    public static partial void Forbidden(ILogger logger, string actor, string command, string taskId);
}
