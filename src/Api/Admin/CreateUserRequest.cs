using System.Text;

namespace CaseFlow.Api.Admin;

/// <summary>Body of <c>POST /api/admin/users</c>; a user without password signs in only through the OIDC provider.</summary>
public sealed record CreateUserRequest(string? Login, string? DisplayName, string? Password)
{
    // Records print every member by default; this one must never put a password into a log or exception text.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Login = ").Append(Login).Append(", password withheld");
        return true;
    }
}
