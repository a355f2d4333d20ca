namespace CaseFlow.Grains.Contracts.Persons;

/// <summary>Stable names of case events; stored in history and the read model, so never renamed.</summary>
public static class CaseEventKinds
{
    public const string PersonRegistered = "person.registered";
    public const string ProfileUpdated = "person.profile-updated";
}
