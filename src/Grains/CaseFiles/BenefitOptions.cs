using CaseFlow.Grains.Contracts.CaseFiles;
using Microsoft.Extensions.Options;

namespace CaseFlow.Grains.CaseFiles;

/// <summary>Subsidy tiers, eligibility switches and exclusions of the two subsidies (section <c>Benefits</c>).</summary>
/// <remarks>
/// Every amount and criterion is set by the province and year (DOMAIN.md §3.4), so all of it is configuration. With
/// no tiers configured the node uses <see cref="PlaceholderTiers"/>, whose amounts are placeholders, not policy.
/// </remarks>
public sealed class BenefitOptions
{
    public const string SectionName = "Benefits";

    public List<BenefitTierOptions> Tiers { get; init; } = [];

    /// <summary>Programmes whose active enrolment excludes both subsidies (e.g. 特困 support).</summary>
    public List<string> ExcludingProgrammes { get; init; } = [];

    /// <summary>Whether the care subsidy needs an assessed long-term care need.</summary>
    public bool CareRequiresLongTermNeed { get; init; } = true;

    public static IReadOnlyList<BenefitTierOptions> PlaceholderTiers { get; } =
    [
        new() { Subsidy = SubsidyKind.Living, Code = "standard", MonthlyAmount = 100m, MinGrade = 1, MaxGrade = 4, RequiresProgramme = "低保" },
        new() { Subsidy = SubsidyKind.Care, Code = "grade-1", MonthlyAmount = 100m, MinGrade = 1, MaxGrade = 1 },
        new() { Subsidy = SubsidyKind.Care, Code = "grade-2", MonthlyAmount = 80m, MinGrade = 2, MaxGrade = 2 },
    ];

    public static IReadOnlyList<string> PlaceholderExclusions { get; } = ["特困"];

    /// <summary>The tiers in force: the configured ones, or the placeholders when none are configured.</summary>
    public IReadOnlyList<BenefitTierOptions> EffectiveTiers => Tiers.Count > 0 ? Tiers : PlaceholderTiers;

    public IReadOnlyList<string> EffectiveExclusions => Tiers.Count > 0 ? ExcludingProgrammes : PlaceholderExclusions;

    /// <summary>Refuses to start on tiers that could not be applied: each line names the bad setting.</summary>
    public sealed class Validator : IValidateOptions<BenefitOptions>
    {
        public ValidateOptionsResult Validate(string? name, BenefitOptions options)
        {
            ArgumentNullException.ThrowIfNull(options);
            var failures = new List<string>();
            for (var i = 0; i < options.Tiers.Count; i++)
            {
                var tier = options.Tiers[i];
                var at = $"Benefits:Tiers:{i}";
                if (!Enum.IsDefined(tier.Subsidy))
                {
                    failures.Add($"{at}:Subsidy must be Living or Care.");
                }

                if (string.IsNullOrWhiteSpace(tier.Code))
                {
                    failures.Add($"{at}:Code is required.");
                }

                if (tier.MonthlyAmount <= 0)
                {
                    failures.Add($"{at}:MonthlyAmount must be positive.");
                }

                if (tier.MinGrade is < 1 or > 4 || tier.MaxGrade is < 1 or > 4 || tier.MinGrade > tier.MaxGrade)
                {
                    failures.Add($"{at}:MinGrade and MaxGrade must be 1–4 with MinGrade ≤ MaxGrade.");
                }
            }

            foreach (var duplicate in options.Tiers.GroupBy(t => (t.Subsidy, t.Code)).Where(g => g.Count() > 1))
            {
                failures.Add($"Benefits:Tiers has the tier {duplicate.Key.Subsidy}/{duplicate.Key.Code} more than once.");
            }

            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
    }
}
