using System.Text;

namespace CaseFlow.Api.Auth;

/// <summary>Body of <c>POST /api/auth/token</c>.</summary>
public sealed record TokenRequest(string? Login, string? Password)
{
    // Records print every member by default; this one must never put a password into a log or exception text.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("credentials withheld");
        return true;
    }
}
