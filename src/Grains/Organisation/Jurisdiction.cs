namespace CaseFlow.Grains.Organisation;

/// <summary>One node of the jurisdiction tree: the county, a town, or a village or community.</summary>
/// <param name="Code">Stable code, used in URLs, person records and role assignments.</param>
/// <param name="Name">Chinese name as used locally, e.g. 城关镇.</param>
/// <param name="ParentCode">The enclosing jurisdiction; null for the county.</param>
/// <param name="Level">Where the node sits in the tree.</param>
/// <param name="Verified">False for names not confirmed by a source, and for synthetic villages.</param>
public sealed record Jurisdiction(string Code, string Name, string? ParentCode, JurisdictionLevel Level, bool Verified);
