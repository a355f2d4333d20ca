using System.Text.Json;
using System.Text.Json.Serialization;
using CaseFlow.Grains.Contracts.Petitions;
using CaseFlow.Grains.Instances;

namespace CaseFlow.Grains.Petitions.Process;

/// <summary>
/// Runs one petition command as a <c>caseflow.*</c> service task: the command is read from the variables visible to
/// the task (the command's camelCase field names, enums as strings), applied to the instance's petition once per
/// idempotency key, and the petition's status and clocks are written back (<see cref="PetitionProcessVariables"/>).
/// </summary>
/// <remarks>
/// The model maps its form fields to the command's names with input mappings on the service task (for example
/// <c>receivedOn</c> = <c>${replyReceivedOn}</c>), so two steps never share a root variable by accident. The actor is
/// <c>process:{instanceId}</c> and the version check is skipped: the process acts on the latest petition. A refused
/// command is a BPMN error with the grain's code (<c>PETITION_WRONG_STATUS</c>, <c>PETITION_EXTENSION_USED</c>,
/// <c>REQUIRED</c>…) for a boundary event to catch; its message names fields, never values.
/// </remarks>
public sealed class PetitionServiceTask<TCommand>(
    string topic,
    IGrainFactory grains,
    Func<IPetitionGrain, TCommand, Task<PetitionResult>> call,
    Func<TCommand, string, string, TCommand> stamp,
    Func<TCommand, PetitionView, TCommand>? complete = null)
    : IServiceTaskHandler
    where TCommand : class, IPetitionCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new LenientDateOnlyConverter() },
    };

    public string Topic => topic;

    public async Task<ServiceTaskOutcome> HandleAsync(ServiceTaskContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrEmpty(context.PetitionId))
        {
            return ServiceTaskOutcome.BpmnError(PetitionProcessErrors.PetitionRequired, "The process instance serves no petition.");
        }

        var command = JobCommand.Read<TCommand>(context, Json);
        if (command is null)
        {
            return ServiceTaskOutcome.BpmnError(PetitionProcessErrors.VariablesInvalid, "The instance variables do not form a valid " + typeof(TCommand).Name + ".");
        }

        var grain = grains.GetGrain<IPetitionGrain>(context.PetitionId);
        command = stamp(command, "process:" + context.InstanceId, context.IdempotencyKey);
        if (complete is not null)
        {
            var current = await grain.GetAsync().ConfigureAwait(false);
            if (current.Petition is not { } petition)
            {
                return PetitionProcessErrors.From(current.Error!);
            }

            command = complete(command, petition);
        }

        var result = await call(grain, command).ConfigureAwait(false);
        return result.Petition is { } changed
            ? ServiceTaskOutcome.Completed(PetitionProcessVariables.From(changed))
            : PetitionProcessErrors.From(result.Error!);
    }
}
