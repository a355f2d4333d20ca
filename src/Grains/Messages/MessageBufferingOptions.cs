using Microsoft.Extensions.Options;

namespace CaseFlow.Grains.Messages;

/// <summary>Opt-in buffering of messages no instance waits for yet (BPMN.md R55; section <c>Messages:Buffering</c>).</summary>
/// <remarks>
/// Off unless names are listed: a message is buffered only when its name is on <see cref="AllowedNames"/> and the
/// sender gives it a time-to-live, because a buffered message can reach an instance long after its sender stopped
/// caring. Everything else keeps the default of R55: not waiting means not delivered.
/// </remarks>
public sealed class MessageBufferingOptions
{
    public const string SectionName = "Messages:Buffering";

    /// <summary>Message names that may be published with a time-to-live. <value>Default none: buffering is off.</value></summary>
    public List<string> AllowedNames { get; init; } = [];

    /// <summary>The longest time-to-live a sender may ask for. <value>Default 7 days.</value></summary>
    public TimeSpan MaxTimeToLive { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often expired messages nobody took are dropped and recorded. <value>Default 5 min.</value></summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a delivered or dropped message's row is kept as its record. <value>Default 180 days.</value></summary>
    public TimeSpan KeepClosedFor { get; set; } = TimeSpan.FromDays(180);

    /// <summary>True when <paramref name="messageName"/> is on the allow-list.</summary>
    public bool Allows(string messageName) => AllowedNames.Contains(messageName, StringComparer.Ordinal);

    /// <summary>Validates the options, collecting every failure before reporting.</summary>
    public sealed class Validator : IValidateOptions<MessageBufferingOptions>
    {
        public ValidateOptionsResult Validate(string? name, MessageBufferingOptions options)
        {
            ArgumentNullException.ThrowIfNull(options);
            var failures = new List<string>();
            if (options.AllowedNames.Any(string.IsNullOrWhiteSpace))
            {
                failures.Add($"{SectionName}:AllowedNames may not hold an empty name.");
            }

            if (options.MaxTimeToLive <= TimeSpan.Zero || options.MaxTimeToLive > TimeSpan.FromDays(366))
            {
                failures.Add($"{SectionName}:MaxTimeToLive must be positive and at most 366 days (was {options.MaxTimeToLive}).");
            }

            if (options.SweepInterval < TimeSpan.FromSeconds(1) || options.SweepInterval > TimeSpan.FromHours(1))
            {
                failures.Add($"{SectionName}:SweepInterval must be between 00:00:01 and 01:00:00 (was {options.SweepInterval}).");
            }

            if (options.KeepClosedFor < TimeSpan.FromDays(1))
            {
                failures.Add($"{SectionName}:KeepClosedFor must be at least one day (was {options.KeepClosedFor}).");
            }

            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
    }
}
