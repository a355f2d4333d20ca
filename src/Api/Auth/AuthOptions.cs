using System.Text;
using Microsoft.Extensions.Options;

namespace CaseFlow.Api.Auth;

/// <summary>How callers prove who they are (section <c>Auth</c>).</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>A key anyone can read in the source: good for a laptop, never for real data.</summary>
    public const string DevelopmentSigningKey = "caseflow-development-signing-key-not-for-production";

    /// <summary>Where tokens come from. <value>Default <see cref="AuthMode.Embedded"/>.</value></summary>
    public AuthMode Mode { get; set; } = AuthMode.Embedded;

    /// <summary>HMAC-SHA256 key of embedded tokens, at least 32 bytes. <value>Default <see cref="DevelopmentSigningKey"/>.</value></summary>
    /// <remarks>The node warns at start while the default is in use. Supply a real key through an environment
    /// variable (<c>Auth__SigningKey</c>); changing it signs every user out.</remarks>
    public string SigningKey { get; set; } = DevelopmentSigningKey;

    /// <summary>Issuer of embedded tokens. <value>Default <c>caseflow</c>.</value></summary>
    public string Issuer { get; set; } = "caseflow";

    /// <summary>Audience every token must name, embedded or OIDC. <value>Default <c>caseflow-api</c>.</value></summary>
    public string Audience { get; set; } = "caseflow-api";

    /// <summary>OIDC authority (issuer URL) whose signing keys are trusted; required in <see cref="AuthMode.Oidc"/>.</summary>
    public string? Authority { get; set; }

    /// <summary>Whether the authority's metadata must come over HTTPS. <value>Default true.</value></summary>
    /// <remarks>Turning it off lets a network attacker substitute signing keys; only for a test provider.</remarks>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Claim carrying the login, recorded as the actor of every command. <value>Default <c>preferred_username</c>.</value></summary>
    public string NameClaim { get; set; } = AuthClaims.Login;

    /// <summary>Claim carrying role keys. <value>Default <c>role</c>.</value></summary>
    public string RoleClaim { get; set; } = AuthClaims.Role;

    /// <summary>Claim carrying jurisdictions (<c>role:code</c> or a bare code). <value>Default <c>jurisdiction</c>.</value></summary>
    public string JurisdictionClaim { get; set; } = AuthClaims.Jurisdiction;

    /// <summary>Lifetime of embedded tokens. <value>Default 1 hour.</value></summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Consecutive failed sign-ins that lock an account. <value>Default 5.</value></summary>
    public int MaxFailedAttempts { get; set; } = 5;

    /// <summary>How long a locked account refuses sign-in. <value>Default 15 minutes.</value></summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Token requests accepted per client address and minute. <value>Default 10.</value></summary>
    /// <remarks>Lockout protects one account; this slows guessing across many accounts from one address.</remarks>
    public int TokenRequestsPerMinute { get; set; } = 10;

    /// <summary>Changing requests (POST, PUT, PATCH, DELETE under <c>/api</c>) accepted per user and minute. <value>Default 300.</value></summary>
    /// <remarks>
    /// Far above what a person at a desk sends; it stops a leaked token or a runaway script from flooding the case
    /// files and the audit log. Reads are not limited: they change nothing and worklists poll.
    /// </remarks>
    public int WritesPerMinute { get; set; } = 300;

    /// <summary>Roles that hold <c>pii:reveal</c>, comma-separated. <value>Default <c>caseworker,supervisor,director</c>.</value></summary>
    /// <remarks>
    /// A reveal also needs the person inside the caller's write jurisdiction, a stated reason and an audit entry.
    /// Text rather than a list: the configuration binder appends to a list default instead of replacing it.
    /// </remarks>
    public string RevealRoles { get; set; } = "caseworker,supervisor,director";

    /// <summary>The role keys of <see cref="RevealRoles"/>.</summary>
    public IReadOnlyList<string> RevealRoleList() =>
        [.. RevealRoles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>The signing key as bytes.</summary>
    public byte[] SigningKeyBytes() => Encoding.UTF8.GetBytes(SigningKey ?? string.Empty);

    /// <summary>Validates the options, collecting every failure before reporting.</summary>
    public sealed class Validator : IValidateOptions<AuthOptions>
    {
        public ValidateOptionsResult Validate(string? name, AuthOptions options)
        {
            ArgumentNullException.ThrowIfNull(options);
            var failures = new List<string>();
            if (!Enum.IsDefined(options.Mode))
            {
                failures.Add($"{SectionName}:Mode must be Embedded or Oidc (was '{options.Mode}').");
            }

            if (string.IsNullOrWhiteSpace(options.Audience))
            {
                failures.Add($"{SectionName}:Audience must not be empty.");
            }

            if (options.Mode == AuthMode.Embedded)
            {
                if (options.SigningKeyBytes().Length < 32)
                {
                    failures.Add($"{SectionName}:SigningKey must be at least 32 bytes long.");
                }

                if (string.IsNullOrWhiteSpace(options.Issuer))
                {
                    failures.Add($"{SectionName}:Issuer must not be empty.");
                }
            }

            if (options.Mode == AuthMode.Oidc)
            {
                if (!Uri.TryCreate(options.Authority, UriKind.Absolute, out var authority))
                {
                    failures.Add($"{SectionName}:Authority must be an absolute URL when {SectionName}:Mode is Oidc.");
                }
                else if (options.RequireHttpsMetadata && authority.Scheme != Uri.UriSchemeHttps)
                {
                    failures.Add($"{SectionName}:Authority must use https unless {SectionName}:RequireHttpsMetadata is false.");
                }
            }

            foreach (var (key, value) in new[] { ("NameClaim", options.NameClaim), ("RoleClaim", options.RoleClaim), ("JurisdictionClaim", options.JurisdictionClaim) })
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    failures.Add($"{SectionName}:{key} must not be empty.");
                }
            }

            if (options.TokenLifetime < TimeSpan.FromMinutes(1) || options.TokenLifetime > TimeSpan.FromHours(24))
            {
                failures.Add($"{SectionName}:TokenLifetime must be between 00:01:00 and 1.00:00:00 (was {options.TokenLifetime}).");
            }

            if (options.MaxFailedAttempts is < 1 or > 100)
            {
                failures.Add($"{SectionName}:MaxFailedAttempts must be between 1 and 100 (was {options.MaxFailedAttempts}).");
            }

            if (options.LockoutDuration < TimeSpan.FromMinutes(1) || options.LockoutDuration > TimeSpan.FromDays(1))
            {
                failures.Add($"{SectionName}:LockoutDuration must be between 00:01:00 and 1.00:00:00 (was {options.LockoutDuration}).");
            }

            if (options.TokenRequestsPerMinute is < 1 or > 100_000)
            {
                failures.Add($"{SectionName}:TokenRequestsPerMinute must be between 1 and 100000 (was {options.TokenRequestsPerMinute}).");
            }

            if (options.RevealRoleList().Count == 0)
            {
                failures.Add($"{SectionName}:RevealRoles must name at least one role.");
            }

            foreach (var role in options.RevealRoleList().Where(r => !Grains.Identity.Roles.IsKnown(r)))
            {
                failures.Add($"{SectionName}:RevealRoles names an unknown role '{role}'.");
            }

            if (options.WritesPerMinute is < 1 or > 1_000_000)
            {
                failures.Add($"{SectionName}:WritesPerMinute must be between 1 and 1000000 (was {options.WritesPerMinute}).");
            }

            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
    }
}
