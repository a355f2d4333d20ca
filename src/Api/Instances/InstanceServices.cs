using CaseFlow.Api.Auth;
using CaseFlow.Grains.Instances;
using CaseFlow.Grains.Instances.ReadModel;
using CaseFlow.Grains.Organisation;

namespace CaseFlow.Api.Instances;

/// <summary>What the instance and external-task handlers need, bound with <c>[AsParameters]</c>.</summary>
public sealed class InstanceServices(
    IGrainFactory grains, InstanceQueries queries, IJurisdictionDirectory directory, AuthOptions auth, TimeProvider time, ProcessModelCache models)
{
    public IGrainFactory Grains { get; } = grains;

    public InstanceQueries Queries { get; } = queries;

    public IJurisdictionDirectory Directory { get; } = directory;

    public AuthOptions Auth { get; } = auth;

    public TimeProvider Time { get; } = time;

    /// <summary>Parsed models of deployed versions, to read what a model says about who may start it.</summary>
    public ProcessModelCache Models { get; } = models;
}
