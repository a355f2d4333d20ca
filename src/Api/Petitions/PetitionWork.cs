namespace CaseFlow.Api.Petitions;

/// <summary>Who may issue a petition command: officers, handlers (officers and the town caseworker), or the director.</summary>
public enum PetitionWork
{
    Officer = 1,
    Handler = 2,
    Director = 3,
}
