using System.Collections.Immutable;
using CaseFlow.Workflows.Calendar;
using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Model;
using CaseFlow.Workflows.Sla;

namespace CaseFlow.Grains.Instances;

/// <summary>Keeps one SLA clock per open task in step with the engine state after every step.</summary>
/// <remarks>
/// A clock is computed once, when its task appears or its due date changes, so a later calendar change does not
/// silently move a running deadline (DOMAIN.md §6.6: corrections are explicit). Clocks of ended tasks go, and with
/// them their pending escalation steps.
/// </remarks>
internal static class TaskClocks
{
    public static ImmutableList<TaskClock> Refresh(ImmutableList<TaskClock> clocks, InstanceState state, ProcessModel model, WorkCalendar? calendar)
    {
        var builder = ImmutableList.CreateBuilder<TaskClock>();
        foreach (var task in state.Tasks)
        {
            var existing = clocks.Find(c => string.Equals(c.TaskId, task.TaskId, StringComparison.Ordinal));
            if (existing is not null && existing.BasisDueDate == task.DueDate)
            {
                builder.Add(existing);
                continue;
            }

            var rule = model.FindNode(task.ElementId) is { } node ? TaskSlaRule.Of(node) : TaskSlaRule.Default;
            if (SlaCalculator.Compute(task.CreatedAt, task.DueDate, rule, calendar) is { } deadline)
            {
                // A new due date is a new deadline: its ladder starts again, while an open pause stays open.
                builder.Add(new TaskClock(task.TaskId, task.DueDate, deadline.DueAt, deadline.WarnAt, deadline.Unit, deadline.Provisional)
                {
                    PausedAt = existing?.PausedAt,
                    CommandIds = existing?.CommandIds,
                });
            }
        }

        return builder.ToImmutable();
    }
}
