namespace CaseFlow.Grains.Tasks.ReadModel;

/// <summary>The caller as the worklist query sees them: a login and the role grants whose jurisdiction codes exist.</summary>
/// <param name="Login">Matched against assignee, owner and candidate users.</param>
/// <param name="Grants">Each role with the jurisdiction it is held in.</param>
public sealed record TaskViewer(string Login, IReadOnlyList<TaskGrant> Grants);
