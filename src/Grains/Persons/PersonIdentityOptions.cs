using Microsoft.Extensions.Options;

namespace CaseFlow.Grains.Persons;

/// <summary>Secrets for handling resident ID numbers; bound from the <c>PersonIdentity</c> section.</summary>
public sealed class PersonIdentityOptions
{
    public const string SectionName = "PersonIdentity";

    /// <summary>Development-only key; every deployment must set its own.</summary>
    public const string DevelopmentIndexKey = "caseflow-development-only-id-index-key-change-me";

    private const int MinimumKeyLength = 32;

    /// <summary>The HMAC-SHA256 key that turns an ID number into its index grain key.</summary>
    /// <value>Defaults to <see cref="DevelopmentIndexKey"/>.</value>
    /// <remarks>
    /// Keyed rather than a plain hash because the number space is small (known address codes × dates × 1000
    /// sequences): anyone who saw grain keys in logs or storage could hash every candidate and recover numbers.
    /// <para><b>Warning:</b> changing the key orphans every existing claim, so uniqueness would no longer be
    /// enforced against people registered before the change. Rotating it needs a re-index of all persons.</para>
    /// </remarks>
    public string IdNumberIndexKey { get; set; } = DevelopmentIndexKey;

    /// <summary>Collects every problem before reporting, so one start shows them all.</summary>
    public sealed class Validator : IValidateOptions<PersonIdentityOptions>
    {
        public ValidateOptionsResult Validate(string? name, PersonIdentityOptions options)
        {
            ArgumentNullException.ThrowIfNull(options);
            var failures = new List<string>();
            if (string.IsNullOrWhiteSpace(options.IdNumberIndexKey))
            {
                failures.Add($"{SectionName}:{nameof(IdNumberIndexKey)} must be set.");
            }
            else if (options.IdNumberIndexKey.Length < MinimumKeyLength)
            {
                failures.Add($"{SectionName}:{nameof(IdNumberIndexKey)} must have at least {MinimumKeyLength} characters.");
            }

            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
    }
}
