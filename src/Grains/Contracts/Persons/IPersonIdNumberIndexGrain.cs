namespace CaseFlow.Grains.Contracts.Persons;

/// <summary>
/// The authoritative owner of one resident ID number, keyed by <c>HMAC-SHA256(key, number)</c> in lower-case hex,
/// never by the number itself (grain keys appear in logs and storage keys).
/// </summary>
/// <remarks>
/// A claim is written before the person's registration. If the claimant never completes (a crash, a failed write),
/// the next claimant asks the recorded owner whether it really holds the number and takes the claim over if not.
/// </remarks>
[Alias("caseflow.IPersonIdNumberIndexGrain")]
public interface IPersonIdNumberIndexGrain : IGrainWithStringKey
{
    /// <summary>Claims the number for <paramref name="personId"/>; returns the owner afterwards (the caller if granted).</summary>
    [Alias("claim")]
    Task<string> ClaimAsync(string personId);

    /// <summary>Gives the number up if <paramref name="personId"/> owns it; returns whether it did.</summary>
    [Alias("release")]
    Task<bool> ReleaseAsync(string personId);

    /// <summary>The recorded owner, or null; a recorded owner may be a stale claim.</summary>
    [Alias("get-owner")]
    Task<string?> GetOwnerAsync();
}
