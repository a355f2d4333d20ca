namespace CaseFlow.Grains.Organisation;

/// <summary>Levels of the jurisdiction tree, county at the top.</summary>
public enum JurisdictionLevel
{
    County,
    Town,
    Village,
}
