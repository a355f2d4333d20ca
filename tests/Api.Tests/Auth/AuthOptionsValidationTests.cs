using CaseFlow.Api.Auth;

namespace CaseFlow.Api.Tests.Auth;

/// <summary>Auth settings are checked at start, every failure reported at once.</summary>
public sealed class AuthOptionsValidationTests
{
    private static readonly AuthOptions.Validator Validator = new();

    [Fact]
    public void Defaults_are_valid_embedded_mode_with_the_development_key()
    {
        var options = new AuthOptions();

        Assert.True(Validator.Validate(null, options).Succeeded);
        Assert.Equal(AuthMode.Embedded, options.Mode);
        Assert.Equal(AuthOptions.DevelopmentSigningKey, options.SigningKey);
    }

    [Fact]
    public void Embedded_mode_needs_a_key_of_at_least_32_bytes()
    {
        var result = Validator.Validate(null, new AuthOptions { SigningKey = "too-short" });

        Assert.Contains("Auth:SigningKey must be at least 32 bytes long.", result.Failures!);
    }

    [Fact]
    public void Oidc_mode_needs_an_https_authority_and_an_audience()
    {
        var result = Validator.Validate(null, new AuthOptions { Mode = AuthMode.Oidc, Authority = null, Audience = "" });

        Assert.Contains("Auth:Authority must be an absolute URL when Auth:Mode is Oidc.", result.Failures!);
        Assert.Contains("Auth:Audience must not be empty.", result.Failures!);
        Assert.Contains("Auth:Authority must use https unless Auth:RequireHttpsMetadata is false.",
            Validator.Validate(null, new AuthOptions { Mode = AuthMode.Oidc, Authority = "http://idp.example/realms/caseflow" }).Failures!);
    }

    [Fact]
    public void Oidc_mode_with_authority_audience_and_claim_mapping_is_valid_without_a_signing_key()
    {
        var options = new AuthOptions
        {
            Mode = AuthMode.Oidc,
            Authority = "https://idp.example/realms/caseflow",
            Audience = "caseflow",
            SigningKey = "",
            RoleClaim = "roles",
            JurisdictionClaim = "caseflow_jurisdiction",
        };

        Assert.True(Validator.Validate(null, options).Succeeded);
    }

    [Fact]
    public void Out_of_range_lockout_lifetime_and_rate_are_all_reported()
    {
        var result = Validator.Validate(null, new AuthOptions
        {
            MaxFailedAttempts = 0,
            LockoutDuration = TimeSpan.Zero,
            TokenLifetime = TimeSpan.FromDays(2),
            TokenRequestsPerMinute = 0,
            RoleClaim = " ",
        });

        Assert.Equal(5, result.Failures!.Count());
    }
}
