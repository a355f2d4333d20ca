using System.Data.Common;
using System.Text;
using CaseFlow.Grains.Storage;
using CaseFlow.Workflows.Sla;

namespace CaseFlow.Grains.Tasks.ReadModel;

/// <summary>Builds the WHERE clause of a worklist query: visibility first, then the filter, all as parameters.</summary>
/// <remarks>
/// Visibility: a caller sees tasks they are assignee, owner or candidate user of; tasks whose candidate group is one of
/// their roles in a jurisdiction containing the task's; and, for roles that oversee a jurisdiction (caseworker,
/// village member, supervisor, director), every task inside it. Assessors and admins see only the first kind, so an
/// assessor sees exactly the assessment tasks put to them. No grant matches nothing.
/// </remarks>
internal sealed class TaskSqlFilter
{
    private readonly List<string> _clauses = [];
    private readonly List<KeyValuePair<string, object>> _parameters = [];

    public static TaskSqlFilter For(TaskViewer viewer, TaskFilter filter, DateTimeOffset now)
    {
        var sql = new TaskSqlFilter();
        var me = sql.Add("me", viewer.Login);
        var meMember = sql.Add("me_member", "%," + EscapeLike(viewer.Login) + ",%");
        var mine = $"(assignee = {me} OR owner = {me} OR candidate_users LIKE {meMember} ESCAPE '\\')";
        var candidateByGroup = new List<string>();
        var visible = new List<string> { mine };
        for (var i = 0; i < viewer.Grants.Count; i++)
        {
            var grant = viewer.Grants[i];
            var inside = sql.Inside(grant, "g" + i);
            if (grant.SeesJurisdiction)
            {
                visible.Add(inside);
            }

            var group = $"(candidate_groups LIKE {sql.Add("g" + i + "_role", "%," + EscapeLike(grant.Role) + ",%")} ESCAPE '\\' AND {inside})";
            candidateByGroup.Add(group);
            visible.Add(group);
        }

        sql._clauses.Add("(" + string.Join(" OR ", visible) + ")");
        sql.ApplyFilter(filter, me, meMember, candidateByGroup, now);
        return sql;
    }

    public string Where => _clauses.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", _clauses);

    public void AddTo(DbCommand command)
    {
        foreach (var (name, value) in _parameters)
        {
            command.AddParameter(name, value);
        }
    }

    private void ApplyFilter(TaskFilter filter, string me, string meMember, List<string> candidateByGroup, DateTimeOffset now)
    {
        var nowText = Add("now", now.ToStorageText());
        if (filter.AssignedToMe == true)
        {
            _clauses.Add($"assignee = {me}");
        }

        if (filter.CandidateForMe == true)
        {
            _clauses.Add($"assignee IS NULL AND (candidate_users LIKE {meMember} ESCAPE '\\'"
                + string.Concat(candidateByGroup.Select(group => " OR " + group)) + ")");
        }

        if (filter.Unassigned == true)
        {
            _clauses.Add("assignee IS NULL");
        }

        Equal("assignee", "f_assignee", filter.Assignee);
        Equal("process_key", "f_process", filter.ProcessKey);
        Equal("person_id", "f_person", filter.PersonId);
        Equal("petition_id", "f_petition", filter.PetitionId);
        if (!string.IsNullOrWhiteSpace(filter.Jurisdiction))
        {
            _clauses.Add(Inside(new TaskGrant(string.Empty, filter.Jurisdiction.Trim(), false, true), "f_j"));
        }

        if (filter.DueBefore is { } before)
        {
            _clauses.Add("due_at < " + Add("f_due_before", before.ToStorageText()));
        }

        if (filter.DueAfter is { } after)
        {
            _clauses.Add("due_at > " + Add("f_due_after", after.ToStorageText()));
        }

        if (filter.Overdue == true)
        {
            _clauses.Add($"sla_paused = 0 AND sla_breach_at <= {nowText}");
        }

        if (filter.OverdueList == true)
        {
            _clauses.Add("EXISTS (SELECT 1 FROM rm_task_overdue o WHERE o.task_id = rm_tasks.task_id)");
        }

        if (filter.FollowUpDue == true)
        {
            _clauses.Add($"follow_up_at <= {nowText}");
        }

        if (filter.PriorityMin is { } min)
        {
            _clauses.Add("priority >= " + Add("f_pmin", min));
        }

        if (filter.PriorityMax is { } max)
        {
            _clauses.Add("priority <= " + Add("f_pmax", max));
        }

        switch (filter.Sla)
        {
            case SlaStatuses.OnTrack:
                _clauses.Add($"sla_paused = 0 AND sla_breach_at > {nowText} AND (sla_warn_at IS NULL OR sla_warn_at > {nowText})");
                break;
            case SlaStatuses.AtRisk:
                _clauses.Add($"sla_paused = 0 AND sla_breach_at > {nowText} AND sla_warn_at <= {nowText}");
                break;
            case SlaStatuses.Overdue:
                _clauses.Add($"sla_paused = 0 AND sla_breach_at <= {nowText}");
                break;
            case SlaStatuses.Paused:
                _clauses.Add("sla_paused = 1");
                break;
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = Add("f_q", "%" + EscapeLike(filter.Q.Trim()) + "%");
            _clauses.Add($"(name LIKE {q} ESCAPE '\\' OR business_key LIKE {q} ESCAPE '\\')");
        }
    }

    /// <summary>The task's jurisdiction is the grant's or below it; a county grant also covers tasks without one.</summary>
    private string Inside(TaskGrant grant, string name)
    {
        if (grant.Everywhere)
        {
            return "1 = 1";
        }

        var code = Add(name, grant.JurisdictionCode);
        var below = Add(name + "_below", EscapeLike(grant.JurisdictionCode) + ".%");
        return $"(jurisdiction_code = {code} OR jurisdiction_code LIKE {below} ESCAPE '\\')";
    }

    private void Equal(string column, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            _clauses.Add($"{column} = {Add(name, value.Trim())}");
        }
    }

    private string Add(string name, object value)
    {
        _parameters.Add(new(name, value));
        return "@" + name;
    }

    private static string EscapeLike(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '\\' or '%' or '_')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
