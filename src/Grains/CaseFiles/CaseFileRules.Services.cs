using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Contracts.CaseFiles;
using CaseFlow.Grains.Contracts.Persons;

namespace CaseFlow.Grains.CaseFiles;

/// <summary>Services (DOMAIN.md §3.6): rehabilitation, devices, accessibility modification, care and the rest.</summary>
public static partial class CaseFileRules
{
    private const int MaxQuantity = 1000;

    public static CaseFileDecision RecordService(CaseFileContext context, RecordService command)
    {
        var checks = new CaseFileChecks(context.Today);
        var kind = checks.RequiredEnum(command.Kind, "kind");
        var quantity = checks.Range(command.Quantity ?? 1, "quantity", 1, MaxQuantity);
        var provider = checks.Text(command.Provider, "provider", required: false);
        var programme = checks.Text(command.Programme, "programme", required: false);
        var requestedOn = checks.PastDate(command.RequestedOn, "requestedOn");
        var note = checks.Text(command.Note, "note", required: false, CaseFileChecks.MaxLongText);
        if (checks.Failed || kind is null || quantity is null || requestedOn is null)
        {
            return CaseFileDecision.Refuse(checks);
        }

        var service = new ServiceRecord(
            "service-" + (context.File.Services.Length + 1), kind.Value, ServiceUnits.For(kind.Value), quantity.Value, provider, programme,
            ServiceStatus.Requested, requestedOn.Value, requestedOn.Value, note);
        return CaseFileDecision.Change(
            context.File with { Services = context.File.Services.Add(service) },
            CaseFileEventKinds.ServiceRecorded,
            new FieldChange("service.id", null, service.Id),
            new FieldChange("service.kind", null, service.Kind.ToString()),
            new FieldChange("service.status", null, service.Status.ToString()));
    }

    public static CaseFileDecision AdvanceService(CaseFileContext context, AdvanceService command)
    {
        var index = context.File.Services.ToList().FindIndex(s => string.Equals(s.Id, command.ServiceId, StringComparison.Ordinal));
        if (index < 0)
        {
            return CaseFileDecision.Refuse(DomainError.Simple(CaseFileErrorCodes.ServiceNotFound, "The person has no service with this id."));
        }

        var service = context.File.Services[index];
        var checks = new CaseFileChecks(context.Today);
        var status = checks.RequiredEnum(command.Status, "status");
        var on = checks.PastDate(command.On, "on");
        checks.NotBefore(on, service.StatusOn, "on", "The date must not be before the service's last change.");
        var note = checks.Text(command.Note, "note", required: false, CaseFileChecks.MaxLongText);
        if (checks.Failed || status is null || on is null)
        {
            return CaseFileDecision.Refuse(checks);
        }

        var allowed = service.Status switch
        {
            ServiceStatus.Requested => status is ServiceStatus.Approved or ServiceStatus.Rejected,
            ServiceStatus.Approved => status is ServiceStatus.Delivered or ServiceStatus.Rejected,
            ServiceStatus.Delivered => status is ServiceStatus.Closed,
            _ => false,
        };
        if (!allowed)
        {
            return CaseFileDecision.Refuse(DomainError.Simple(CaseFileErrorCodes.ServiceTransition,
                $"A {service.Status} service cannot become {status}.", "status"));
        }

        var next = service with { Status = status.Value, StatusOn = on.Value, Note = note ?? service.Note };
        return CaseFileDecision.Change(
            context.File with { Services = context.File.Services.SetItem(index, next) },
            CaseFileEventKinds.ServiceAdvanced,
            new FieldChange("service.id", service.Id, service.Id),
            new FieldChange("service.status", service.Status.ToString(), next.Status.ToString()));
    }
}
