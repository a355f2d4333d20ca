using CaseFlow.Grains.Storage;

namespace CaseFlow.Silo.Logging;

/// <summary>Source-generated log messages of the node host; event ids 1000–1099.</summary>
internal static partial class SiloLog
{
    [LoggerMessage(EventId = 1001, EventName = "SchemaMigrated", Level = LogLevel.Information,
        Message = "Database schema is current on {Dialect} ({Applied} scripts applied now).")]
    public static partial void SchemaMigrated(ILogger logger, SqlDialect dialect, int applied);

    [LoggerMessage(EventId = 1002, EventName = "OrganisationSeeded", Level = LogLevel.Information,
        Message = "Organisation seed checked: {Inserted} jurisdictions added.")]
    public static partial void OrganisationSeeded(ILogger logger, int inserted);

    [LoggerMessage(EventId = 1003, EventName = "NodeReady", Level = LogLevel.Information,
        Message = "CaseFlow is ready at {Url} (storage {Provider}).")]
    public static partial void NodeReady(ILogger logger, string url, string provider);

    [LoggerMessage(EventId = 1004, EventName = "UnhandledRequestError", Level = LogLevel.Error,
        Message = "Unhandled error while serving {Method} {Path}; answered 500 with trace id {TraceId}.")]
    public static partial void UnhandledRequestError(ILogger logger, Exception exception, string method, string path, string traceId);

    [LoggerMessage(EventId = 1005, EventName = "StartupFailed", Level = LogLevel.Critical,
        Message = "The node failed to start.")]
    public static partial void StartupFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1006, EventName = "DemoPeopleSeeded", Level = LogLevel.Information,
        Message = "Demo people checked: {Wanted} wanted, {Created} registered now.")]
    public static partial void DemoPeopleSeeded(ILogger logger, int wanted, int created);

    [LoggerMessage(EventId = 1007, EventName = "DemoUsersSeeded", Level = LogLevel.Warning,
        Message = "Demo users checked: {Inserted} added. They share the published demo password; disable Seeding:DemoUsers on a production node.")]
    public static partial void DemoUsersSeeded(ILogger logger, int inserted);

    [LoggerMessage(EventId = 1008, EventName = "DevelopmentSigningKey", Level = LogLevel.Warning,
        Message = "Auth:SigningKey is the published development key: anyone can forge tokens for this node. Set your own key before it holds real data.")]
    public static partial void DevelopmentSigningKey(ILogger logger);

    [LoggerMessage(EventId = 1009, EventName = "DatabaseBusy", Level = LogLevel.Warning,
        Message = "The database could not take {Method} {Path} now (a transient failure); answered 503 with trace id {TraceId}.")]
    public static partial void DatabaseBusy(ILogger logger, Exception exception, string method, string path, string traceId);
}
