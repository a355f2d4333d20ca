using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Contracts.CaseFiles;
using CaseFlow.Grains.Contracts.Persons;

namespace CaseFlow.Grains.CaseFiles;

/// <summary>三定 assignments and enrolments in the three systems (DOMAIN.md §3.8).</summary>
public static partial class CaseFileRules
{
    private const int MaxMatters = 20;

    public static CaseFileDecision OpenAssistance(CaseFileContext context, OpenAssistance command)
    {
        var checks = new CaseFileChecks(context.Today);
        var trigger = checks.Text(command.Trigger, "trigger", required: true);
        var member = checks.Text(command.ResponsibleMember, "responsibleMember", required: true);
        var caseworker = checks.Text(command.AccountableCaseworker, "accountableCaseworker", required: true);
        var instance = checks.Text(command.ProcessInstanceId, "processInstanceId", required: false);
        var inputs = command.Matters.IsDefault ? [] : command.Matters;
        if (inputs.Length == 0)
        {
            checks.Add("matters", DomainErrorCodes.Required, "An assignment names at least one matter (定事).");
        }
        else if (inputs.Length > MaxMatters)
        {
            checks.Add("matters", CaseFileErrorCodes.OutOfRange, $"At most {MaxMatters} matters.");
        }

        var matters = new List<AssistanceMatter>();
        for (var i = 0; i < Math.Min(inputs.Length, MaxMatters); i++)
        {
            var at = $"matters[{i}].";
            var input = inputs[i];
            var system = checks.RequiredEnum(input.System, at + "system");
            var programme = checks.Text(input.Programme, at + "programme", required: true);
            var action = checks.Text(input.Action, at + "action", required: true, CaseFileChecks.MaxLongText);
            var department = checks.Text(input.Department, at + "department", required: false);
            var result = checks.Text(input.ExpectedResult, at + "expectedResult", required: true, CaseFileChecks.MaxLongText);
            var due = checks.Required(input.DueOn, at + "dueOn");
            checks.NotBefore(due, context.Today, at + "dueOn", "A matter's deadline must not be in the past.");
            var evidence = checks.Text(input.Evidence, at + "evidence", required: false, CaseFileChecks.MaxLongText);
            if (system is not null && programme is not null && action is not null && result is not null && due is not null)
            {
                matters.Add(new AssistanceMatter("matter-" + (i + 1), system.Value, programme, action, department, result, due.Value, evidence,
                    MatterStatus.Planned, null, null));
            }
        }

        if (checks.Failed || trigger is null || member is null || caseworker is null)
        {
            return CaseFileDecision.Refuse(checks);
        }

        if (context.File.Assistance.Any(a => a.IsOpen))
        {
            return CaseFileDecision.Refuse(DomainError.Simple(CaseFileErrorCodes.AssistanceOpenExists,
                "The person already has an open assignment; add matters to it instead."));
        }

        var assignment = new AssistanceAssignment("assistance-" + (context.File.Assistance.Length + 1), trigger, member, caseworker, [.. matters],
            context.Today, null, null, instance);
        return CaseFileDecision.Change(
            context.File with { Assistance = context.File.Assistance.Add(assignment) },
            CaseFileEventKinds.AssistanceOpened,
            new FieldChange("assistance.id", null, assignment.Id),
            new FieldChange("assistance.responsibleMember", null, member),
            new FieldChange("assistance.accountableCaseworker", null, caseworker),
            new FieldChange("assistance.matters", null, string.Join(", ", matters.Select(m => m.System + "/" + m.Programme))));
    }

    public static CaseFileDecision UpdateMatter(CaseFileContext context, UpdateMatter command)
    {
        if (FindOpenAssignment(context, command.AssignmentId, out var index) is { } refused)
        {
            return refused;
        }

        var assignment = context.File.Assistance[index];
        var matterIndex = assignment.Matters.ToList().FindIndex(m => string.Equals(m.Id, command.MatterId, StringComparison.Ordinal));
        if (matterIndex < 0)
        {
            return CaseFileDecision.Refuse(DomainError.Simple(CaseFileErrorCodes.MatterNotFound, "The assignment has no matter with this id."));
        }

        var matter = assignment.Matters[matterIndex];
        var checks = new CaseFileChecks(context.Today);
        var status = checks.RequiredEnum(command.Status, "status");
        var on = checks.PastDate(command.On, "on");
        var reference = checks.Text(command.Reference, "reference", required: false);
        if (checks.Failed || status is null || on is null)
        {
            return CaseFileDecision.Refuse(checks);
        }

        var allowed = matter.Status switch
        {
            MatterStatus.Planned => status is MatterStatus.Referred or MatterStatus.NotEligible or MatterStatus.Withdrawn,
            MatterStatus.Referred => status is MatterStatus.Decided or MatterStatus.Refused or MatterStatus.NotEligible or MatterStatus.Withdrawn,
            MatterStatus.Decided => status is MatterStatus.Enrolled or MatterStatus.Refused or MatterStatus.NotEligible or MatterStatus.Withdrawn,
            _ => false,
        };
        if (!allowed)
        {
            return CaseFileDecision.Refuse(DomainError.Simple(CaseFileErrorCodes.MatterTransition,
                $"A {matter.Status} matter cannot become {status}.", "status"));
        }

        var next = matter with { Status = status.Value, DecidedOn = status is MatterStatus.Referred ? matter.DecidedOn : on, Reference = reference ?? matter.Reference };
        var file = context.File with { Assistance = context.File.Assistance.SetItem(index, assignment with { Matters = assignment.Matters.SetItem(matterIndex, next) }) };
        var changes = new List<FieldChange>
        {
            new("assistance.id", assignment.Id, assignment.Id),
            new("matter.id", matter.Id, matter.Id),
            new("matter.status", matter.Status.ToString(), next.Status.ToString()),
        };

        // An enrolled matter is what "placed in the three systems" counts, so it becomes an enrolment at once.
        if (status == MatterStatus.Enrolled && !file.HasActiveEnrolment(matter.Programme))
        {
            var enrolment = new Enrolment("enrolment-" + (file.Enrolments.Length + 1), matter.System, matter.Programme, on.Value, null,
                assignment.Id + "/" + matter.Id);
            file = file with { Enrolments = file.Enrolments.Add(enrolment) };
            changes.Add(new FieldChange("enrolment.id", null, enrolment.Id));
        }

        return new CaseFileDecision(file, CaseFileEventKinds.AssistanceMatterUpdated, [.. changes], null);
    }

    public static CaseFileDecision CloseAssistance(CaseFileContext context, CloseAssistance command)
    {
        if (FindOpenAssignment(context, command.AssignmentId, out var index) is { } refused)
        {
            return refused;
        }

        var assignment = context.File.Assistance[index];
        var checks = new CaseFileChecks(context.Today);
        var reason = checks.Text(command.Reason, "reason", required: true, CaseFileChecks.MaxLongText);
        var closedOn = checks.PastDate(command.ClosedOn, "closedOn");
        checks.NotBefore(closedOn, assignment.OpenedOn, "closedOn", "An assignment cannot close before it opened.");
        if (checks.Failed || reason is null || closedOn is null)
        {
            return CaseFileDecision.Refuse(checks);
        }

        if (assignment.Matters.Any(m => !m.IsFinal))
        {
            return CaseFileDecision.Refuse(DomainError.Simple(CaseFileErrorCodes.AssistanceMattersOpen,
                "Every matter must be enrolled, refused, not eligible or withdrawn before the assignment closes."));
        }

        var closed = assignment with { ClosedOn = closedOn, ClosureReason = reason };
        return CaseFileDecision.Change(
            context.File with { Assistance = context.File.Assistance.SetItem(index, closed) },
            CaseFileEventKinds.AssistanceClosed,
            new FieldChange("assistance.id", assignment.Id, assignment.Id),
            new FieldChange("assistance.closureReason", null, reason));
    }

    public static CaseFileDecision RecordEnrolment(CaseFileContext context, RecordEnrolment command)
    {
        var checks = new CaseFileChecks(context.Today);
        var system = checks.RequiredEnum(command.System, "system");
        var programme = checks.Text(command.Programme, "programme", required: true);
        var started = checks.PastDate(command.StartedOn, "startedOn");
        var source = checks.Text(command.Source, "source", required: true);
        if (checks.Failed || system is null || programme is null || started is null || source is null)
        {
            return CaseFileDecision.Refuse(checks);
        }

        if (context.File.HasActiveEnrolment(programme))
        {
            return CaseFileDecision.Refuse(DomainError.Simple(CaseFileErrorCodes.EnrolmentDuplicate,
                "The person is already enrolled in this programme.", "programme"));
        }

        var enrolment = new Enrolment("enrolment-" + (context.File.Enrolments.Length + 1), system.Value, programme, started.Value, null, source);
        return CaseFileDecision.Change(
            context.File with { Enrolments = context.File.Enrolments.Add(enrolment) },
            CaseFileEventKinds.EnrolmentRecorded,
            new FieldChange("enrolment.id", null, enrolment.Id),
            new FieldChange("enrolment.programme", null, programme));
    }

    public static CaseFileDecision EndEnrolment(CaseFileContext context, EndEnrolment command)
    {
        var index = context.File.Enrolments.ToList().FindIndex(e => string.Equals(e.Id, command.EnrolmentId, StringComparison.Ordinal));
        if (index < 0)
        {
            return CaseFileDecision.Refuse(DomainError.Simple(CaseFileErrorCodes.EnrolmentNotFound, "The person has no enrolment with this id."));
        }

        var enrolment = context.File.Enrolments[index];
        if (!enrolment.IsActive)
        {
            return CaseFileDecision.Refuse(DomainError.Simple(CaseFileErrorCodes.EnrolmentEnded, "The enrolment has already ended."));
        }

        var checks = new CaseFileChecks(context.Today);
        var ended = checks.PastDate(command.EndedOn, "endedOn");
        checks.NotBefore(ended, enrolment.StartedOn, "endedOn", "An enrolment cannot end before it started.");
        if (checks.Failed || ended is null)
        {
            return CaseFileDecision.Refuse(checks);
        }

        return CaseFileDecision.Change(
            context.File with { Enrolments = context.File.Enrolments.SetItem(index, enrolment with { EndedOn = ended }) },
            CaseFileEventKinds.EnrolmentEnded,
            new FieldChange("enrolment.id", enrolment.Id, enrolment.Id),
            new FieldChange("enrolment.endedOn", null, Text(ended)));
    }

    private static CaseFileDecision? FindOpenAssignment(CaseFileContext context, string assignmentId, out int index)
    {
        index = context.File.Assistance.ToList().FindIndex(a => string.Equals(a.Id, assignmentId, StringComparison.Ordinal));
        if (index < 0)
        {
            return CaseFileDecision.Refuse(DomainError.Simple(CaseFileErrorCodes.AssistanceNotFound, "The person has no assignment with this id."));
        }

        return context.File.Assistance[index].IsOpen
            ? null
            : CaseFileDecision.Refuse(DomainError.Simple(CaseFileErrorCodes.AssistanceClosed, "The assignment is closed."));
    }
}
