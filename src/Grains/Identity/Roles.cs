namespace CaseFlow.Grains.Identity;

/// <summary>The role keys of DOMAIN.md §2.3, as stored in <c>org_user_roles</c> and carried in token claims.</summary>
public static class Roles
{
    public const string Caseworker = "caseworker";
    public const string VillageMember = "village_member";
    public const string Assessor = "assessor";
    public const string PetitionOfficer = "petition_officer";
    public const string Supervisor = "supervisor";
    public const string Director = "director";
    public const string Admin = "admin";

    /// <summary>Every role, in the order of the escalation ladder and then the county roles.</summary>
    public static IReadOnlyList<string> All { get; } =
        [VillageMember, Caseworker, Assessor, PetitionOfficer, Supervisor, Director, Admin];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);
}
