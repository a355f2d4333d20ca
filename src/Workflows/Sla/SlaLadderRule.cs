using System.Globalization;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Sla;

/// <summary>What happens after a task's deadline, and whether its clock may pause (DOMAIN.md §6.1, §6.4, §6.5).</summary>
/// <param name="RepeatEvery"><c>caseflow.sla.repeatEvery</c>: units (of the clock) between passed-deadline reminders; default 2.</param>
/// <param name="RepeatMax"><c>caseflow.sla.repeatMax</c>: reminders after the breach at most; default 10, 0 for none.</param>
/// <param name="ClimbEvery"><c>caseflow.sla.climbEvery</c>: every this many reminders the escalation climbs to the director; default 3, 0 never.</param>
/// <param name="PauseAllowed"><c>caseflow.sla.pause</c>: <c>allowed</c> (default) or <c>none</c> (statutory clocks that may not stop).</param>
/// <param name="EscalateTo"><c>caseflow.sla.escalateTo</c>: who the breach escalates to, <c>caseworker</c>, <c>supervisor</c> or
/// <c>director</c>; each climb goes one level higher. Unset, the host's default applies: one level above the people working the task.</param>
/// <param name="WarnSupervisor"><c>caseflow.sla.warnSupervisor</c> = <c>true</c>: the warning also goes to the supervisors, not only
/// to the people working the task (DOMAIN.md §6.4, "where configured").</param>
public sealed record SlaLadderRule(int RepeatEvery, int RepeatMax, int ClimbEvery, bool PauseAllowed, EscalationLevel EscalateTo = EscalationLevel.Supervisor, bool WarnSupervisor = false)
{
    /// <summary>The defaults of DOMAIN.md §6.4: every 2 units, at most 10 times, climbing every 3; pausing allowed.</summary>
    public static SlaLadderRule Default { get; } = new(2, 10, 3, true);

    /// <summary>The rule of a node; unreadable values fall back to the defaults rather than failing a running task.</summary>
    /// <param name="node">The user task.</param>
    /// <param name="defaultEscalation">Who the breach goes to when the node does not say; the host knows the roles, the engine does not.</param>
    public static SlaLadderRule Of(FlowNode node, EscalationLevel defaultEscalation = EscalationLevel.Supervisor)
    {
        ArgumentNullException.ThrowIfNull(node);
        return new(
            Whole(node, "caseflow.sla.repeatEvery", Default.RepeatEvery, minimum: 1),
            Whole(node, "caseflow.sla.repeatMax", Default.RepeatMax, minimum: 0),
            Whole(node, "caseflow.sla.climbEvery", Default.ClimbEvery, minimum: 0),
            !string.Equals(node.Property("caseflow.sla.pause")?.Trim(), "none", StringComparison.OrdinalIgnoreCase),
            node.Property("caseflow.sla.escalateTo")?.Trim().ToLowerInvariant() switch
            {
                "caseworker" => EscalationLevel.Caseworker,
                "supervisor" => EscalationLevel.Supervisor,
                "director" => EscalationLevel.Director,
                _ => defaultEscalation,
            },
            string.Equals(node.Property("caseflow.sla.warnSupervisor")?.Trim(), "true", StringComparison.OrdinalIgnoreCase));
    }

    private static int Whole(FlowNode node, string name, int fallback, int minimum) =>
        int.TryParse(node.Property(name)?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= minimum && value <= 1000
            ? value
            : fallback;
}
