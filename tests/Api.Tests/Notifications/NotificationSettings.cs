namespace CaseFlow.Api.Tests.Notifications;

/// <summary>Short stream and dispatcher intervals, so live delivery is observed in tens of milliseconds.</summary>
internal static class NotificationSettings
{
    public static IReadOnlyDictionary<string, string?> Fast { get; } = new Dictionary<string, string?>
    {
        ["Notifications:StreamPollInterval"] = "00:00:00.050",
        ["Notifications:StreamHeartbeatInterval"] = "00:00:00.200",
        ["Webhooks:PollInterval"] = "00:00:00.050",
        ["Webhooks:InitialBackoff"] = "00:00:00.100",

        // ASP.NET Core's "request starting" line carries the raw query string; the stream test checks its token is masked there.
        ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
    };
}
