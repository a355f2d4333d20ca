using CaseFlow.Api.Auth;
using CaseFlow.Grains.Instances.ReadModel;
using CaseFlow.Grains.Organisation;

namespace CaseFlow.Api.Instances;

/// <summary>What the instance and external-task handlers need, bound with <c>[AsParameters]</c>.</summary>
public sealed class InstanceServices(IGrainFactory grains, InstanceQueries queries, IJurisdictionDirectory directory, AuthOptions auth, TimeProvider time)
{
    public IGrainFactory Grains { get; } = grains;

    public InstanceQueries Queries { get; } = queries;

    public IJurisdictionDirectory Directory { get; } = directory;

    public AuthOptions Auth { get; } = auth;

    public TimeProvider Time { get; } = time;
}
