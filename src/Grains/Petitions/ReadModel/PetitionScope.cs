using CaseFlow.Grains.Identity;

namespace CaseFlow.Grains.Petitions.ReadModel;

/// <summary>Which petitions a caller sees: a jurisdiction, and whether report-of-wrongdoing items are among them.</summary>
/// <param name="Jurisdiction">County-wide, or towns and villages; a town scope never includes county-level (unlinked) items.</param>
/// <param name="Restricted">True for the roles Art. 30 ¶3 allows to see report-of-wrongdoing items.</param>
public sealed record PetitionScope(JurisdictionScope Jurisdiction, bool Restricted);
