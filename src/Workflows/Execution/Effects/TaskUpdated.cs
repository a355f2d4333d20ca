using CaseFlow.Workflows.Execution.State;

namespace CaseFlow.Workflows.Execution.Effects;

/// <summary>A task command changed an open task (R59): the task as it is now, what changed, and who changed it.</summary>
/// <param name="Task">The task after the change.</param>
/// <param name="Change">One of <see cref="TaskChanges"/>.</param>
/// <param name="Actor">The user who sent the command.</param>
/// <param name="Detail">The new assignee, date or priority as text; never a variable value.</param>
public sealed record TaskUpdated(UserTaskInstance Task, string Change, string? Actor, string? Detail) : EngineEffect;
