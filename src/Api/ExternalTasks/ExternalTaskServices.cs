using CaseFlow.Grains.Instances.ReadModel;
using Microsoft.Extensions.Logging;

namespace CaseFlow.Api.ExternalTasks;

/// <summary>What the external-task handlers need, bound with <c>[AsParameters]</c>.</summary>
public sealed class ExternalTaskServices(IGrainFactory grains, InstanceQueries queries, TimeProvider time, ILogger<ExternalTaskServices> logger)
{
    public IGrainFactory Grains { get; } = grains;

    public InstanceQueries Queries { get; } = queries;

    public TimeProvider Time { get; } = time;

    public ILogger<ExternalTaskServices> Logger { get; } = logger;
}
