using Microsoft.Extensions.Logging;

namespace CaseFlow.Grains.CaseFiles;

/// <summary>Case-file log events (ids 4600–4619). Persons appear only by internal id; no values of the file.</summary>
internal static partial class CaseFilesLog
{
    [LoggerMessage(EventId = 4600, EventName = "CaseFileChanged", Level = LogLevel.Information,
        Message = "Person {PersonId} case file: {Kind} by {Actor}, now version {Version}")]
    public static partial void CaseFileChanged(ILogger logger, string personId, string kind, int version, string actor);

    [LoggerMessage(EventId = 4601, EventName = "CaseFileCommandRefused", Level = LogLevel.Information,
        Message = "Person {PersonId} case file: {Command} refused with {Code}")]
    public static partial void CommandRefused(ILogger logger, string personId, string command, string code);
}
