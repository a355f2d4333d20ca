using System.Text;

namespace CaseFlow.Api.Admin;

/// <summary>Body of <c>POST /api/admin/users/{id}/password</c>: the new password, which the admin hands over in person.</summary>
public sealed record ResetPasswordRequest(string? Password)
{
    // Records print every member by default; this one must never put a password into a log or exception text.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("password withheld");
        return true;
    }
}
