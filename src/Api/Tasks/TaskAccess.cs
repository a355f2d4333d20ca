using CaseFlow.Api.Auth;
using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Grains.Identity;
using CaseFlow.Grains.Organisation;
using CaseFlow.Grains.Tasks.ReadModel;

namespace CaseFlow.Api.Tasks;

/// <summary>Who may see and act on which task: role × jurisdiction, the same rules the worklist applies in SQL.</summary>
/// <remarks>
/// <list type="bullet">
/// <item>Everyone sees the tasks they are assignee, owner or candidate user of.</item>
/// <item>Caseworkers, village members, supervisors and directors see every task inside the jurisdiction of their role;
/// petition officers see tasks whose candidate group is their role inside their jurisdiction.</item>
/// <item>Assessors and admins see only tasks put to them by name: an assessor sees exactly the assessments
/// assigned to them; an admin does not read case work.</item>
/// <item>Managers (caseworker, supervisor, director, inside the task's jurisdiction) assign, delegate and re-prioritise;
/// moving a due date, which moves the SLA, is for supervisors and directors.</item>
/// <item>Completing, returning and attaching need the task assigned to the caller, or unassigned and the caller a
/// candidate or manager.</item>
/// <item>A task put to the director alone (candidate group <c>director</c> and no other) is an approval reserved to the
/// head of the body, such as the one petition extension (信访工作条例 Art. 34): only a director of the jurisdiction
/// completes it, however it is assigned.</item>
/// </list>
/// A jurisdiction covers its own code and every code below it; a code the tree does not know grants nothing.
/// </remarks>
public static class TaskAccess
{
    private static readonly string[] OverseeingRoles = [Roles.Caseworker, Roles.VillageMember, Roles.Supervisor, Roles.Director];
    private static readonly string[] ManagingRoles = [Roles.Caseworker, Roles.Supervisor, Roles.Director];
    private static readonly string[] SupervisingRoles = [Roles.Supervisor, Roles.Director];
    private static readonly string[] NamedOnlyRoles = [Roles.Assessor, Roles.Admin];
    private static readonly string[] DirectorRoles = [Roles.Director];

    public static async ValueTask<TaskViewer> ViewerAsync(Caller caller, IJurisdictionDirectory directory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(directory);
        var grants = new List<TaskGrant>();
        foreach (var assignment in caller.Assignments.Where(a => !NamedOnlyRoles.Contains(a.Role, StringComparer.Ordinal)))
        {
            if (await directory.FindAsync(assignment.JurisdictionCode, cancellationToken).ConfigureAwait(false) is { } jurisdiction)
            {
                grants.Add(new TaskGrant(
                    assignment.Role, jurisdiction.Code, jurisdiction.Level == JurisdictionLevel.County, OverseeingRoles.Contains(assignment.Role, StringComparer.Ordinal)));
            }
        }

        return new TaskViewer(caller.Login, grants);
    }

    public static bool CanSee(TaskViewer viewer, InstanceTaskView task, string? jurisdiction) =>
        IsNamed(viewer, task)
        || viewer.Grants.Any(g => g.SeesJurisdiction && Inside(g, jurisdiction))
        || IsCandidate(viewer, task, jurisdiction);

    /// <summary>Whether the caller could have seen tasks of an instance in this jurisdiction: decides 409 over 404 for a task that ended.</summary>
    public static bool CanSeeInstance(TaskViewer viewer, string? jurisdiction) =>
        viewer.Grants.Any(g => Inside(g, jurisdiction));

    public static bool IsAssignee(TaskViewer viewer, InstanceTaskView task) => string.Equals(task.Assignee, viewer.Login, StringComparison.Ordinal);

    public static bool IsCandidate(TaskViewer viewer, InstanceTaskView task, string? jurisdiction) =>
        task.CandidateUsers.Contains(viewer.Login, StringComparer.Ordinal)
        || viewer.Grants.Any(g => task.CandidateGroups.Contains(g.Role, StringComparer.Ordinal) && Inside(g, jurisdiction));

    public static bool IsManager(TaskViewer viewer, string? jurisdiction) => Holds(viewer, ManagingRoles, jurisdiction);

    public static bool IsSupervisor(TaskViewer viewer, string? jurisdiction) => Holds(viewer, SupervisingRoles, jurisdiction);

    /// <summary>Complete, return, attach: the assignee, or anyone who could claim the task while it is unassigned.</summary>
    public static bool CanWork(TaskViewer viewer, InstanceTaskView task, string? jurisdiction) =>
        IsDirectorApproval(task)
            ? Holds(viewer, DirectorRoles, jurisdiction) && (task.Assignee is null || IsAssignee(viewer, task))
            : IsAssignee(viewer, task) || (task.Assignee is null && (IsCandidate(viewer, task, jurisdiction) || IsManager(viewer, jurisdiction)));

    /// <summary>True for a task whose only candidate group is <c>director</c>: an approval no other role may give.</summary>
    public static bool IsDirectorApproval(InstanceTaskView task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.CandidateGroups is [Roles.Director];
    }

    private static bool IsNamed(TaskViewer viewer, InstanceTaskView task) =>
        string.Equals(task.Assignee, viewer.Login, StringComparison.Ordinal)
        || string.Equals(task.Owner, viewer.Login, StringComparison.Ordinal)
        || task.CandidateUsers.Contains(viewer.Login, StringComparer.Ordinal);

    private static bool Holds(TaskViewer viewer, string[] roles, string? jurisdiction) =>
        viewer.Grants.Any(g => roles.Contains(g.Role, StringComparer.Ordinal) && Inside(g, jurisdiction));

    private static bool Inside(TaskGrant grant, string? jurisdiction) =>
        grant.Everywhere
        || (jurisdiction is not null
            && (string.Equals(jurisdiction, grant.JurisdictionCode, StringComparison.Ordinal)
                || jurisdiction.StartsWith(grant.JurisdictionCode + ".", StringComparison.Ordinal)));
}
