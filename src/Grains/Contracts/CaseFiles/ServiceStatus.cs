namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>requested → approved → delivered → closed, or rejected before delivery (DOMAIN.md §3.6).</summary>
[GenerateSerializer, Alias("caseflow.service-status")]
public enum ServiceStatus
{
    Requested = 1,
    Approved = 2,
    Delivered = 3,
    Closed = 4,
    Rejected = 5,
}
