using Microsoft.Extensions.Options;

namespace CaseFlow.Api.Notifications;

/// <summary>Settings of the notification stream (configuration section <c>Notifications</c>).</summary>
public sealed class NotificationStreamOptions
{
    public const string SectionName = "Notifications";

    /// <summary>How often an open stream asks the store for new notifications. <value>Default 1 s.</value></summary>
    /// <remarks>The stream polls the database rather than waiting for an in-memory signal, so a notification produced
    /// on any node reaches a stream open on any other.</remarks>
    public TimeSpan StreamPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a stream may stay silent before it sends a heartbeat comment. <value>Default 15 s.</value></summary>
    public TimeSpan StreamHeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How far back each poll looks again for notifications committed out of id order. <value>Default 30 s.</value></summary>
    public TimeSpan StreamLateCommitWindow { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Validates the options, collecting every failure before reporting.</summary>
    public sealed class Validator : IValidateOptions<NotificationStreamOptions>
    {
        public ValidateOptionsResult Validate(string? name, NotificationStreamOptions options)
        {
            var failures = new List<string>();
            if (options.StreamPollInterval < TimeSpan.FromMilliseconds(10) || options.StreamPollInterval > TimeSpan.FromMinutes(1))
            {
                failures.Add($"{SectionName}:StreamPollInterval must be between 00:00:00.010 and 00:01:00 (was {options.StreamPollInterval}).");
            }

            if (options.StreamHeartbeatInterval < TimeSpan.FromMilliseconds(10) || options.StreamHeartbeatInterval > TimeSpan.FromMinutes(5))
            {
                failures.Add($"{SectionName}:StreamHeartbeatInterval must be between 00:00:00.010 and 00:05:00 (was {options.StreamHeartbeatInterval}).");
            }

            if (options.StreamLateCommitWindow < TimeSpan.Zero || options.StreamLateCommitWindow > TimeSpan.FromMinutes(10))
            {
                failures.Add($"{SectionName}:StreamLateCommitWindow must be between 00:00:00 and 00:10:00 (was {options.StreamLateCommitWindow}).");
            }

            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
    }
}
