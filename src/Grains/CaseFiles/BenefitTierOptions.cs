using CaseFlow.Grains.Contracts.CaseFiles;

namespace CaseFlow.Grains.CaseFiles;

/// <summary>One tier of one subsidy: who qualifies (grade band, a required programme) and the monthly amount.</summary>
public sealed class BenefitTierOptions
{
    public SubsidyKind Subsidy { get; init; }

    public string Code { get; init; } = string.Empty;

    public decimal MonthlyAmount { get; init; }

    public int MinGrade { get; init; } = 1;

    public int MaxGrade { get; init; } = 4;

    /// <summary>A programme the person must be actively enrolled in, e.g. 低保 for the living subsidy; null for none.</summary>
    public string? RequiresProgramme { get; init; }
}
