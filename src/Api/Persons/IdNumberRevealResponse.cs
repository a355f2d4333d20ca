namespace CaseFlow.Api.Persons;

/// <summary>A person's full ID number, answered once with <c>Cache-Control: no-store</c>.</summary>
/// <param name="PersonId">The person.</param>
/// <param name="IdNumber">The full, unmasked ID number.</param>
/// <param name="RevealedAt">When the reveal was audited.</param>
public sealed record IdNumberRevealResponse(string PersonId, string IdNumber, DateTimeOffset RevealedAt)
{
    // The record exists to carry an unmasked number; printing it must never put that number in a log.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("PersonId = ").Append(PersonId);
        return true;
    }
}
