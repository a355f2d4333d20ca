using CaseFlow.Grains.Processes.ReadModel;

namespace CaseFlow.Api.Processes;

/// <summary>What the process handlers need, bound with <c>[AsParameters]</c> to keep handler signatures short.</summary>
public sealed class ProcessServices(IGrainFactory grains, ProcessQueries queries)
{
    public IGrainFactory Grains { get; } = grains;

    public ProcessQueries Queries { get; } = queries;
}
