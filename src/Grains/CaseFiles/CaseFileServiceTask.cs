using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using CaseFlow.Grains.Contracts.CaseFiles;
using CaseFlow.Grains.Contracts.Persons;
using CaseFlow.Grains.Instances;

namespace CaseFlow.Grains.CaseFiles;

/// <summary>
/// Runs one case-file command as a <c>caseflow.*</c> service task: the command is read from the instance's root
/// variables (camelCase names, enums as strings), applied to the instance's person once per idempotency key.
/// </summary>
/// <remarks>
/// The actor is <c>process:{instanceId}</c> and the version check is skipped (a process acts on the latest file). A
/// refused command is a BPMN error with the domain code, for a boundary event to catch; on success the task writes
/// <c>caseFileVersion</c>, and whatever <paramref name="results"/> reads from the changed file (the id of an assignment
/// just opened, which later steps name).
/// </remarks>
public sealed class CaseFileServiceTask<TCommand>(
    string topic,
    IGrainFactory grains,
    Func<IPersonGrain, TCommand, Task<CaseFileResult>> call,
    Func<TCommand, string, string, TCommand> stamp,
    Func<CaseFileView, IEnumerable<KeyValuePair<string, JsonElement>>>? results = null)
    : IServiceTaskHandler
    where TCommand : class, ICaseFileCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public string Topic => topic;

    public async Task<ServiceTaskOutcome> HandleAsync(ServiceTaskContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrEmpty(context.PersonId))
        {
            return ServiceTaskOutcome.BpmnError("PERSON_REQUIRED", "The process instance serves no person.");
        }

        var command = JobCommand.Read<TCommand>(context, Json);
        if (command is null)
        {
            return ServiceTaskOutcome.BpmnError("VARIABLES_INVALID", "The instance variables do not form a valid " + typeof(TCommand).Name + ".");
        }

        var result = await call(grains.GetGrain<IPersonGrain>(context.PersonId), stamp(command, "process:" + context.InstanceId, context.IdempotencyKey))
            .ConfigureAwait(false);
        if (result.Error is { } error)
        {
            return ServiceTaskOutcome.BpmnError(error.Code, error.Message);
        }

        var file = result.CaseFile!;
        return ServiceTaskOutcome.Completed(ImmutableSortedDictionary.CreateRange(
            StringComparer.Ordinal, [KeyValuePair.Create("caseFileVersion", JsonSerializer.SerializeToElement(file.Version)), .. results?.Invoke(file) ?? []]));
    }
}
