using CaseFlow.Api.Auth;
using CaseFlow.Grains.Organisation;
using CaseFlow.Grains.Persons.ReadModel;

namespace CaseFlow.Api.Persons;

/// <summary>What the person handlers need, bound with <c>[AsParameters]</c> to keep handler signatures short.</summary>
public sealed class PersonServices(IGrainFactory grains, PersonQueries queries, TimeProvider time, IJurisdictionDirectory directory, AuthOptions auth)
{
    public IGrainFactory Grains { get; } = grains;

    public PersonQueries Queries { get; } = queries;

    public TimeProvider Time { get; } = time;

    public IJurisdictionDirectory Directory { get; } = directory;

    public AuthOptions Auth { get; } = auth;
}
