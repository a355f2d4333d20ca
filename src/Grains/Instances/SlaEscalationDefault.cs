using CaseFlow.Grains.Identity;
using CaseFlow.Workflows.Sla;

namespace CaseFlow.Grains.Instances;

/// <summary>
/// Who a task's breach escalates to when its model does not say (<c>caseflow.sla.escalateTo</c> unset): one level up
/// the ladder from the people working it (DOMAIN.md §6.4: village → town → county supervisor → director).
/// </summary>
/// <remarks>
/// The level follows the highest role among the task's candidate groups: a village member's task goes to the town
/// caseworker, a caseworker's (or assessor's, or petition officer's) to the supervisor, a supervisor's to the director.
/// A task offered to nobody by role goes to the supervisor, the level the county answers at.
/// </remarks>
internal static class SlaEscalationDefault
{
    public static EscalationLevel For(IEnumerable<string> candidateGroups)
    {
        ArgumentNullException.ThrowIfNull(candidateGroups);
        var level = EscalationLevel.None;
        foreach (var group in candidateGroups)
        {
            var above = group switch
            {
                Roles.VillageMember => EscalationLevel.Caseworker,
                Roles.Supervisor or Roles.Director => EscalationLevel.Director,
                _ => EscalationLevel.Supervisor,
            };
            level = above > level ? above : level;
        }

        return level == EscalationLevel.None ? EscalationLevel.Supervisor : level;
    }
}
