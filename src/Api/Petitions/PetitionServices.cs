using CaseFlow.Api.Auth;
using CaseFlow.Grains.Organisation;
using CaseFlow.Grains.Petitions.ReadModel;
using Microsoft.Extensions.Logging;

namespace CaseFlow.Api.Petitions;

/// <summary>What the petition handlers need, bound with <c>[AsParameters]</c>.</summary>
public sealed class PetitionServices(
    IGrainFactory grains, PetitionQueries queries, TimeProvider time, IJurisdictionDirectory directory, AuthOptions auth, ILogger<PetitionServices> logger)
{
    public ILogger<PetitionServices> Logger { get; } = logger;

    public IGrainFactory Grains { get; } = grains;

    public PetitionQueries Queries { get; } = queries;

    public TimeProvider Time { get; } = time;

    public IJurisdictionDirectory Directory { get; } = directory;

    public AuthOptions Auth { get; } = auth;
}
