using CaseFlow.Grains.Organisation;
using Microsoft.Extensions.Logging;

namespace CaseFlow.Api.Auth;

/// <summary>What the auth and admin handlers need, bound with <c>[AsParameters]</c> to keep signatures short.</summary>
public sealed class AuthServices(SignInService signIn, TokenIssuer tokens, AuthOptions options, IJurisdictionDirectory directory, TimeProvider time, ILogger<AuthServices> logger)
{
    public SignInService SignIn { get; } = signIn;

    public TokenIssuer Tokens { get; } = tokens;

    public AuthOptions Options { get; } = options;

    public IJurisdictionDirectory Directory { get; } = directory;

    public TimeProvider Time { get; } = time;

    public ILogger<AuthServices> Logger { get; } = logger;
}
