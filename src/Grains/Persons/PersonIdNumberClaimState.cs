namespace CaseFlow.Grains.Persons;

/// <summary>Who claimed one ID number (state name <c>caseflow.person-id-claim</c>).</summary>
[GenerateSerializer, Alias("caseflow.person-id-claim.state")]
public sealed class PersonIdNumberClaimState
{
    /// <summary>The claiming person id; null when free. A claim may be stale (see the index grain).</summary>
    [Id(0)]
    public string? OwnerPersonId { get; set; }

    [Id(1)]
    public DateTimeOffset? ClaimedAt { get; set; }
}
