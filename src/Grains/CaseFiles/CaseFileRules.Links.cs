using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Contracts.CaseFiles;
using CaseFlow.Grains.Contracts.Persons;

namespace CaseFlow.Grains.CaseFiles;

/// <summary>防返贫 monitoring (DOMAIN.md §3.10) and the links to petitions (§3.9) and process instances.</summary>
public static partial class CaseFileRules
{
    public static CaseFileDecision SetMonitoring(CaseFileContext context, SetMonitoring command)
    {
        var checks = new CaseFileChecks(context.Today);
        var category = checks.RequiredEnum(command.Category, "category");
        var status = checks.RequiredEnum(command.Status, "status");
        var on = checks.PastDate(command.On, "on");
        var source = checks.Text(command.Source, "source", required: true);
        var current = context.File.Monitoring;
        checks.NotBefore(on, current?.StatusOn, "on", "The date must not be before the flag's last change.");
        if (checks.Failed || category is null || status is null || on is null || source is null)
        {
            return CaseFileDecision.Refuse(checks);
        }

        // clue → determined → eliminated; an eliminated (or absent) flag may be raised again as a new risk.
        var allowed = current?.Status switch
        {
            null or MonitoringStatus.Eliminated => status is MonitoringStatus.Clue or MonitoringStatus.Determined,
            MonitoringStatus.Clue => status is MonitoringStatus.Determined or MonitoringStatus.Eliminated,
            MonitoringStatus.Determined => status is MonitoringStatus.Eliminated,
            _ => false,
        };
        if (!allowed)
        {
            return CaseFileDecision.Refuse(DomainError.Simple(CaseFileErrorCodes.MonitoringTransition,
                $"A monitoring flag in {current?.Status.ToString() ?? "no"} status cannot become {status}.", "status"));
        }

        var raisedAgain = current is null || current.Status == MonitoringStatus.Eliminated;
        var flag = new MonitoringFlag(category.Value, status.Value, raisedAgain ? on.Value : current!.Since, source, on.Value);
        return CaseFileDecision.Change(
            context.File with { Monitoring = flag },
            CaseFileEventKinds.MonitoringChanged,
            new FieldChange("monitoring.category", current?.Category.ToString(), flag.Category.ToString()),
            new FieldChange("monitoring.status", current?.Status.ToString(), flag.Status.ToString()));
    }

    public static CaseFileDecision LinkPetition(CaseFileContext context, LinkPetition command)
    {
        var checks = new CaseFileChecks(context.Today);
        var petitionId = checks.Text(command.PetitionId, "petitionId", required: true);
        var role = checks.RequiredEnum(command.Role, "role");
        var status = checks.Text(command.Status, "status", required: true);
        var outcome = checks.Text(command.Outcome, "outcome", required: false);
        if (checks.Failed || petitionId is null || role is null || status is null)
        {
            return CaseFileDecision.Refuse(checks);
        }

        var index = context.File.Petitions.ToList().FindIndex(p => string.Equals(p.PetitionId, petitionId, StringComparison.Ordinal));
        if (index < 0)
        {
            var link = new PetitionLink(petitionId, role.Value, status, outcome, context.Now, context.Now);
            return CaseFileDecision.Change(
                context.File with { Petitions = context.File.Petitions.Add(link) },
                CaseFileEventKinds.PetitionLinked,
                new FieldChange("petition.id", null, petitionId),
                new FieldChange("petition.status", null, status));
        }

        var existing = context.File.Petitions[index];
        if (existing.Role == role && existing.Status == status && existing.Outcome == outcome)
        {
            return new CaseFileDecision(context.File, CaseFileEventKinds.PetitionLinked, [], null);
        }

        var updated = existing with { Role = role.Value, Status = status, Outcome = outcome, UpdatedAt = context.Now };
        return CaseFileDecision.Change(
            context.File with { Petitions = context.File.Petitions.SetItem(index, updated) },
            CaseFileEventKinds.PetitionLinked,
            new FieldChange("petition.id", petitionId, petitionId),
            new FieldChange("petition.status", existing.Status, status),
            new FieldChange("petition.outcome", existing.Outcome, outcome));
    }

    public static CaseFileDecision LinkProcess(CaseFileContext context, LinkProcess command)
    {
        var checks = new CaseFileChecks(context.Today);
        var instanceId = checks.Text(command.InstanceId, "instanceId", required: true);
        var processKey = checks.Text(command.ProcessKey, "processKey", required: true);
        if (checks.Failed || instanceId is null || processKey is null)
        {
            return CaseFileDecision.Refuse(checks);
        }

        if (context.File.Processes.Any(p => string.Equals(p.InstanceId, instanceId, StringComparison.Ordinal)))
        {
            return new CaseFileDecision(context.File, CaseFileEventKinds.ProcessLinked, [], null);
        }

        return CaseFileDecision.Change(
            context.File with { Processes = context.File.Processes.Add(new ProcessLink(instanceId, processKey, context.Now)) },
            CaseFileEventKinds.ProcessLinked,
            new FieldChange("process.instanceId", null, instanceId),
            new FieldChange("process.key", null, processKey));
    }
}
