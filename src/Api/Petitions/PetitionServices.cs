using CaseFlow.Api.Auth;
using CaseFlow.Grains.Organisation;
using CaseFlow.Grains.Petitions.ReadModel;

namespace CaseFlow.Api.Petitions;

/// <summary>What the petition handlers need, bound with <c>[AsParameters]</c>.</summary>
public sealed class PetitionServices(IGrainFactory grains, PetitionQueries queries, TimeProvider time, IJurisdictionDirectory directory, AuthOptions auth)
{
    public IGrainFactory Grains { get; } = grains;

    public PetitionQueries Queries { get; } = queries;

    public TimeProvider Time { get; } = time;

    public IJurisdictionDirectory Directory { get; } = directory;

    public AuthOptions Auth { get; } = auth;
}
