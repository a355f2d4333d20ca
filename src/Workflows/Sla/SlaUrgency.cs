namespace CaseFlow.Workflows.Sla;

/// <summary>A task's urgency, a number for sorting worklists (DOMAIN.md §6.4, default, configurable).</summary>
/// <remarks>10 to start, +20 at the warning, +30 at the breach, +10 per passed-deadline reminder, at most 100.</remarks>
public static class SlaUrgency
{
    public const int Start = 10;
    public const int Cap = 100;

    /// <summary>The urgency of a clock that has fired up to rung <paramref name="fired"/> of its ladder.</summary>
    public static int Of(int fired) =>
        Math.Min(Cap, Start + (fired >= 1 ? 20 : 0) + (fired >= 2 ? 30 : 0) + (10 * Math.Max(0, fired - 2)));
}
