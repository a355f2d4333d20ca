using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using CaseFlow.Grains.Contracts.CaseFiles;
using CaseFlow.Grains.Contracts.Persons;
using CaseFlow.Grains.Instances;

namespace CaseFlow.Grains.CaseFiles;

/// <summary>
/// <c>caseflow.settle-matter</c>: brings one 三定 matter to the result a caseworker recorded, step by step through the
/// matter's states (referred, then decided and enrolled; or refused, not eligible, withdrawn).
/// </summary>
/// <remarks>
/// A caseworker reports a matter once, with the referral date, the result and its date; the case file keeps each
/// state change as its own entry, so this runs one <c>UpdateMatter</c> per state still to pass, each with an
/// idempotency key of its own. A retry finds the states already passed and goes on from there. Variables:
/// <c>assignmentId</c>, <c>matterId</c>, <c>status</c> (the final state), <c>referredOn</c>, <c>decidedOn</c>,
/// optional <c>reference</c>. A refused change is a BPMN error with the case file's code.
/// </remarks>
public sealed class SettleMatterServiceTask(IGrainFactory grains) : IServiceTaskHandler
{
    public const string TopicName = "caseflow.settle-matter";

    public string Topic => TopicName;

    public async Task<ServiceTaskOutcome> HandleAsync(ServiceTaskContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrEmpty(context.PersonId))
        {
            return ServiceTaskOutcome.BpmnError("PERSON_REQUIRED", "The process instance serves no person.");
        }

        if (Text(context, "assignmentId") is not { } assignmentId || Text(context, "matterId") is not { } matterId
            || !Enum.TryParse<MatterStatus>(Text(context, "status"), ignoreCase: false, out var target) || target is MatterStatus.Planned or MatterStatus.Referred
            || Date(context, "referredOn") is not { } referredOn || Date(context, "decidedOn") is not { } decidedOn)
        {
            return ServiceTaskOutcome.BpmnError("VARIABLES_INVALID",
                "caseflow.settle-matter needs assignmentId, matterId, a final status, referredOn and decidedOn.");
        }

        var person = grains.GetGrain<IPersonGrain>(context.PersonId);
        var current = await person.GetCaseFileAsync().ConfigureAwait(false);
        var matter = current.CaseFile?.Assistance.FirstOrDefault(a => a.Id == assignmentId)?.Matters.FirstOrDefault(m => m.Id == matterId);
        if (matter is null)
        {
            return ServiceTaskOutcome.BpmnError(CaseFileErrorCodes.MatterNotFound, "The assignment has no matter with this id.");
        }

        var reference = Text(context, "reference");
        var version = current.CaseFile!.Version;
        foreach (var (status, on) in Path(matter.Status, target, referredOn, decidedOn))
        {
            var update = new UpdateMatter("process:" + context.InstanceId, null, assignmentId, matterId, status, on, reference)
            {
                IdempotencyKey = context.IdempotencyKey + ":" + status.ToString(),
            };
            var result = await person.UpdateMatterAsync(update).ConfigureAwait(false);
            if (result.Error is { } error)
            {
                return ServiceTaskOutcome.BpmnError(error.Code, error.Message);
            }

            version = result.CaseFile!.Version;
        }

        return ServiceTaskOutcome.Completed(ImmutableSortedDictionary.CreateRange(
            StringComparer.Ordinal, [KeyValuePair.Create("caseFileVersion", JsonSerializer.SerializeToElement(version))]));
    }

    /// <summary>The states still to pass from <paramref name="from"/> to <paramref name="target"/>, each with its date.</summary>
    private static IEnumerable<(MatterStatus Status, DateOnly On)> Path(MatterStatus from, MatterStatus target, DateOnly referredOn, DateOnly decidedOn)
    {
        if (from == MatterStatus.Planned)
        {
            yield return (MatterStatus.Referred, referredOn);
        }

        if (target is MatterStatus.Decided or MatterStatus.Enrolled && from is MatterStatus.Planned or MatterStatus.Referred)
        {
            yield return (MatterStatus.Decided, decidedOn);
        }

        if (target != MatterStatus.Decided && from != target)
        {
            yield return (target, decidedOn);
        }
    }

    private static string? Text(ServiceTaskContext context, string name) =>
        context.Variables.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;

    private static DateOnly? Date(ServiceTaskContext context, string name) =>
        Text(context, name) is { } text && DateOnly.TryParseExact(text.Length > 10 ? text[..10] : text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;
}
