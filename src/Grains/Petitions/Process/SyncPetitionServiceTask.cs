using CaseFlow.Grains.Contracts.Petitions;
using CaseFlow.Grains.Instances;

namespace CaseFlow.Grains.Petitions.Process;

/// <summary>
/// <c>caseflow.sync-petition</c>: reads the instance's petition and writes its status and clocks to the process,
/// changing nothing. A process runs it first, and again before acting on a timer, so a deadline that moved (an
/// extension, a command through the petition API) is seen before anyone is escalated.
/// </summary>
public sealed class SyncPetitionServiceTask(IGrainFactory grains) : IServiceTaskHandler
{
    public const string TopicName = "caseflow.sync-petition";

    public string Topic => TopicName;

    public async Task<ServiceTaskOutcome> HandleAsync(ServiceTaskContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrEmpty(context.PetitionId))
        {
            return ServiceTaskOutcome.BpmnError(PetitionProcessErrors.PetitionRequired, "The process instance serves no petition.");
        }

        var result = await grains.GetGrain<IPetitionGrain>(context.PetitionId).GetAsync().ConfigureAwait(false);
        return result.Petition is { } petition
            ? ServiceTaskOutcome.Completed(PetitionProcessVariables.From(petition))
            : PetitionProcessErrors.From(result.Error!);
    }
}
