using Microsoft.Extensions.Options;

namespace CaseFlow.Silo.Options;

/// <summary>Limits on what HTTP clients may send (section <c>Http</c>).</summary>
public sealed class HttpLimitsOptions
{
    public const string SectionName = "Http";

    /// <summary>Largest request body accepted, in bytes. <value>Default 1 MiB.</value></summary>
    /// <remarks>Case commands are small; BPMN uploads and attachments get their own limits on their endpoints.</remarks>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Validates the options.</summary>
    public sealed class Validator : IValidateOptions<HttpLimitsOptions>
    {
        public ValidateOptionsResult Validate(string? name, HttpLimitsOptions options) =>
            options.MaxRequestBodyBytes is < 1024 or > 256L * 1024 * 1024
                ? ValidateOptionsResult.Fail($"{SectionName}:MaxRequestBodyBytes must be between 1024 and 268435456 (was {options.MaxRequestBodyBytes}).")
                : ValidateOptionsResult.Success;
    }
}
