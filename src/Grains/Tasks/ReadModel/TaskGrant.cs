namespace CaseFlow.Grains.Tasks.ReadModel;

/// <summary>One role held in one jurisdiction, as the worklist uses it.</summary>
/// <param name="Role">The role key, which is also the candidate group name.</param>
/// <param name="JurisdictionCode">Where it is held; it covers that code and every code below it.</param>
/// <param name="Everywhere">True when the jurisdiction is the county (it then also covers tasks without a jurisdiction).</param>
/// <param name="SeesJurisdiction">True when the role sees every task in its jurisdiction, not only those it is a candidate for.</param>
public sealed record TaskGrant(string Role, string JurisdictionCode, bool Everywhere, bool SeesJurisdiction);
