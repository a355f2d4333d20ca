using CaseFlow.Grains.Identity;

namespace CaseFlow.Api.Tests.Infrastructure;

/// <summary>The demo users of <c>seeds/org/users.json</c>, one per role, and their shared password.</summary>
public static class DemoUsers
{
    public const string Password = "Hanyin-demo-2026";

    /// <summary>城关镇, where the demo caseworker works.</summary>
    public const string CaseworkerTown = "610921.01";

    /// <summary>太平村 in 城关镇, where the demo village member works.</summary>
    public const string MemberVillage = "610921.01.001";

    public static string LoginOf(string role) => role switch
    {
        Roles.Caseworker => "caseworker.chengguan",
        Roles.VillageMember => "member.taiping",
        Roles.Assessor => "assessor",
        Roles.PetitionOfficer => "petition",
        Roles.Supervisor => "supervisor",
        Roles.Director => "director",
        Roles.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "not a demo role"),
    };
}
