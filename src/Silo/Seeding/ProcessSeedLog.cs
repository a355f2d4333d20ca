namespace CaseFlow.Silo.Seeding;

/// <summary>Source-generated log messages of the process seed; event ids 4800–4899.</summary>
internal static partial class ProcessSeedLog
{
    [LoggerMessage(EventId = 4800, EventName = "ProcessSeeded", Level = LogLevel.Information,
        Message = "Seeded process {Key} is at version {Version} (newly deployed: {Deployed}).")]
    public static partial void ProcessSeeded(ILogger logger, string key, int version, bool deployed);

    [LoggerMessage(EventId = 4801, EventName = "ProcessSeedFileInvalid", Level = LogLevel.Error,
        Message = "Seed process file {File} does not parse (first error {Code}); it was skipped.")]
    public static partial void FileInvalid(ILogger logger, string file, string code);

    [LoggerMessage(EventId = 4802, EventName = "ProcessSeedDeployRefused", Level = LogLevel.Error,
        Message = "Seed process file {File} was refused for key {Key} with {Code}; it was skipped.")]
    public static partial void DeployRefused(ILogger logger, string file, string key, string code);

    [LoggerMessage(EventId = 4803, EventName = "ProcessSeedPublishRefused", Level = LogLevel.Error,
        Message = "Seeded process {Key} version {Version} could not be published ({Code}).")]
    public static partial void PublishRefused(ILogger logger, string key, int version, string code);

    [LoggerMessage(EventId = 4804, EventName = "ProcessesSeeded", Level = LogLevel.Information,
        Message = "Seed processes checked: {Published} versions published now.")]
    public static partial void ProcessesSeeded(ILogger logger, int published);
}
