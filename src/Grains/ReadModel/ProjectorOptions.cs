using Microsoft.Extensions.Options;

namespace CaseFlow.Grains.ReadModel;

/// <summary>Settings of the change-feed projector (configuration section <c>Projector</c>).</summary>
public sealed class ProjectorOptions
{
    public const string SectionName = "Projector";

    /// <summary>Whether this node drains the change feed. <value>Default true.</value></summary>
    /// <remarks>Every node may run it; on PostgreSQL they share the feed with row locks. Turning it off on every
    /// node stops the read model from converging, so it exists for tests and maintenance only.</remarks>
    public bool Enabled { get; set; } = true;

    /// <summary>Change rows taken per transaction. <value>Default 256.</value></summary>
    public int BatchSize { get; set; } = 256;

    /// <summary>How long an idle projector waits before looking again when nothing signalled a write.
    /// <value>Default 100 ms.</value></summary>
    /// <remarks>Local writes wake the projector at once; the poll covers writes made by other nodes.</remarks>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Validates the options, collecting every failure before reporting.</summary>
    public sealed class Validator : IValidateOptions<ProjectorOptions>
    {
        public ValidateOptionsResult Validate(string? name, ProjectorOptions options)
        {
            var failures = new List<string>();
            if (options.BatchSize is < 1 or > 10_000)
            {
                failures.Add($"{SectionName}:BatchSize must be between 1 and 10000 (was {options.BatchSize}).");
            }

            if (options.PollInterval <= TimeSpan.Zero || options.PollInterval > TimeSpan.FromMinutes(1))
            {
                failures.Add($"{SectionName}:PollInterval must be positive and at most 00:01:00 (was {options.PollInterval}).");
            }

            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
    }
}
