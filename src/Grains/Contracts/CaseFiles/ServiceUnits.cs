namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>The counting unit of each service kind, as the annual report counts it (DOMAIN.md §3.6, §7).</summary>
public static class ServiceUnits
{
    public const string Case = "case";
    public const string Person = "person";
    public const string Device = "device";
    public const string Item = "item";
    public const string Household = "household";

    public static string For(ServiceKind kind) => kind switch
    {
        ServiceKind.FreeMedication or ServiceKind.ChildRehabilitation or ServiceKind.HomeRehabilitation or ServiceKind.Prosthesis => Case,
        ServiceKind.HearingAid => Device,
        ServiceKind.AssistiveDevice or ServiceKind.LegalAid => Item,
        ServiceKind.HomeAccessibility => Household,
        _ => Person,
    };
}
