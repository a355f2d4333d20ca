namespace CaseFlow.Api.Auth;

/// <summary>An access token to send as <c>Authorization: Bearer …</c>.</summary>
/// <param name="AccessToken">The signed JWT.</param>
/// <param name="TokenType">Always <c>Bearer</c>.</param>
/// <param name="ExpiresIn">Seconds until it expires.</param>
/// <param name="ExpiresAt">The instant it expires.</param>
public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn, DateTimeOffset ExpiresAt);
