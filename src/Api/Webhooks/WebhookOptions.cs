using Microsoft.Extensions.Options;

namespace CaseFlow.Api.Webhooks;

/// <summary>Settings of the webhook dispatcher (configuration section <c>Webhooks</c>).</summary>
public sealed class WebhookOptions
{
    public const string SectionName = "Webhooks";

    /// <summary>Whether this node delivers webhooks. <value>Default true.</value></summary>
    /// <remarks>Every node may; on PostgreSQL they share the outbox with row locks and leases.</remarks>
    public bool Enabled { get; set; } = true;

    /// <summary>How long an idle dispatcher waits before looking for due deliveries. <value>Default 1 s.</value></summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Deliveries taken per round. <value>Default 20.</value></summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>How long a receiver may take to answer. <value>Default 10 s.</value></summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The wait after the first failed attempt; each further failure doubles it. <value>Default 10 s.</value></summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest wait between attempts. <value>Default 1 h.</value></summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Attempts before a delivery is given up as failed. <value>Default 10.</value></summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>Validates the options, collecting every failure before reporting.</summary>
    public sealed class Validator : IValidateOptions<WebhookOptions>
    {
        public ValidateOptionsResult Validate(string? name, WebhookOptions options)
        {
            var failures = new List<string>();
            if (options.PollInterval <= TimeSpan.Zero || options.PollInterval > TimeSpan.FromMinutes(1))
            {
                failures.Add($"{SectionName}:PollInterval must be positive and at most 00:01:00 (was {options.PollInterval}).");
            }

            if (options.BatchSize is < 1 or > 1000)
            {
                failures.Add($"{SectionName}:BatchSize must be between 1 and 1000 (was {options.BatchSize}).");
            }

            if (options.Timeout <= TimeSpan.Zero || options.Timeout > TimeSpan.FromMinutes(5))
            {
                failures.Add($"{SectionName}:Timeout must be positive and at most 00:05:00 (was {options.Timeout}).");
            }

            if (options.InitialBackoff <= TimeSpan.Zero || options.MaxBackoff < options.InitialBackoff)
            {
                failures.Add($"{SectionName}:InitialBackoff must be positive and MaxBackoff at least as long (were {options.InitialBackoff} and {options.MaxBackoff}).");
            }

            if (options.MaxAttempts is < 1 or > 100)
            {
                failures.Add($"{SectionName}:MaxAttempts must be between 1 and 100 (was {options.MaxAttempts}).");
            }

            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
    }
}
