using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Contracts.CaseFiles;
using CaseFlow.Grains.Contracts.Persons;

namespace CaseFlow.Grains.CaseFiles;

/// <summary>Visits and the problems found and resolved (DOMAIN.md §3.7).</summary>
public static partial class CaseFileRules
{
    private const int MaxProblemsPerVisit = 20;

    public static CaseFileDecision RecordVisit(CaseFileContext context, RecordVisit command, string visitor)
    {
        var checks = new CaseFileChecks(context.Today);
        var visitedOn = checks.PastDate(command.VisitedOn, "visitedOn");
        var kind = checks.RequiredEnum(command.Kind, "kind");
        var mode = checks.RequiredEnum(command.Mode, "mode");
        var outcome = checks.RequiredEnum(command.Outcome, "outcome");
        var tier = checks.RequiredEnum(command.VisitorTier, "visitorTier");
        var campaign = checks.Text(command.Campaign, "campaign", required: false);
        var note = checks.Text(command.Note, "note", required: false, CaseFileChecks.MaxLongText);
        var inputs = command.Problems.IsDefault ? [] : command.Problems;
        if (inputs.Length > MaxProblemsPerVisit)
        {
            checks.Add("problems", CaseFileErrorCodes.OutOfRange, $"At most {MaxProblemsPerVisit} problems per visit.");
        }

        var visitId = "visit-" + (context.File.Visits.Length + 1);
        var problems = new List<ProblemRecord>();
        for (var i = 0; i < Math.Min(inputs.Length, MaxProblemsPerVisit); i++)
        {
            if (CheckProblem(checks, inputs[i], $"problems[{i}].", visitedOn) is { } problem)
            {
                problems.Add(problem with { Id = "problem-" + (context.File.Problems.Length + problems.Count + 1), FoundOn = visitedOn!.Value, VisitId = visitId });
            }
        }

        if (checks.Failed || visitedOn is null || kind is null || mode is null || outcome is null || tier is null)
        {
            return CaseFileDecision.Refuse(checks);
        }

        var visit = new VisitRecord(visitId, visitedOn.Value, kind.Value, mode.Value, outcome.Value, tier.Value, visitor, campaign, note,
            [.. problems.Select(p => p.Id)]);
        var changes = new List<FieldChange>
        {
            new("visit.id", null, visit.Id),
            new("visit.kind", null, visit.Kind.ToString()),
            new("visit.outcome", null, visit.Outcome.ToString()),
        };
        changes.AddRange(problems.Select(p => new FieldChange("problem.id", null, p.Id)));
        return new CaseFileDecision(
            context.File with { Visits = context.File.Visits.Add(visit), Problems = context.File.Problems.AddRange(problems) },
            CaseFileEventKinds.VisitRecorded,
            [.. changes],
            null);
    }

    public static CaseFileDecision RecordProblem(CaseFileContext context, RecordProblem command)
    {
        var checks = new CaseFileChecks(context.Today);
        var foundOn = checks.PastDate(command.FoundOn, "foundOn");
        var problem = command.Problem is null
            ? null
            : CheckProblem(checks, command.Problem, string.Empty, foundOn);
        if (command.Problem is null)
        {
            checks.Add("category", DomainErrorCodes.Required, "This field is required.");
        }

        if (checks.Failed || problem is null || foundOn is null)
        {
            return CaseFileDecision.Refuse(checks);
        }

        var recorded = problem with { Id = "problem-" + (context.File.Problems.Length + 1), FoundOn = foundOn.Value };
        return CaseFileDecision.Change(
            context.File with { Problems = context.File.Problems.Add(recorded) },
            CaseFileEventKinds.ProblemRecorded,
            new FieldChange("problem.id", null, recorded.Id),
            new FieldChange("problem.category", null, recorded.Category.ToString()));
    }

    public static CaseFileDecision ResolveProblem(CaseFileContext context, ResolveProblem command, string resolvedBy)
    {
        var index = context.File.Problems.ToList().FindIndex(p => string.Equals(p.Id, command.ProblemId, StringComparison.Ordinal));
        if (index < 0)
        {
            return CaseFileDecision.Refuse(DomainError.Simple(CaseFileErrorCodes.ProblemNotFound, "The person has no problem with this id."));
        }

        var problem = context.File.Problems[index];
        if (!problem.IsOpen)
        {
            return CaseFileDecision.Refuse(DomainError.Simple(CaseFileErrorCodes.ProblemClosed, "The problem is no longer open."));
        }

        var checks = new CaseFileChecks(context.Today);
        var status = checks.RequiredEnum(command.Status, "status");
        if (status == ProblemStatus.Open)
        {
            checks.Add("status", CaseFileErrorCodes.OutOfRange, "A resolution moves the problem out of Open.");
        }

        var resolvedOn = checks.PastDate(command.ResolvedOn, "resolvedOn");
        checks.NotBefore(resolvedOn, problem.FoundOn, "resolvedOn", "A problem cannot be resolved before it was found.");
        var resolution = checks.Text(command.Resolution, "resolution", required: true, CaseFileChecks.MaxLongText);
        if (checks.Failed || status is null || resolvedOn is null || resolution is null)
        {
            return CaseFileDecision.Refuse(checks);
        }

        var resolved = problem with { Status = status.Value, ResolvedOn = resolvedOn, Resolution = resolution, ResolvedBy = resolvedBy };
        return CaseFileDecision.Change(
            context.File with { Problems = context.File.Problems.SetItem(index, resolved) },
            CaseFileEventKinds.ProblemResolved,
            new FieldChange("problem.id", problem.Id, problem.Id),
            new FieldChange("problem.status", problem.Status.ToString(), resolved.Status.ToString()));
    }

    // Returns a problem without id and found date (the caller sets them), or null when an input rule failed.
    private static ProblemRecord? CheckProblem(CaseFileChecks checks, ProblemInput input, string prefix, DateOnly? foundOn)
    {
        var category = checks.RequiredEnum(input.Category, prefix + "category");
        var description = checks.Text(input.Description, prefix + "description", required: true, CaseFileChecks.MaxLongText);
        checks.NotBefore(input.DueOn, foundOn, prefix + "dueOn", "The due date must not be before the problem was found.");
        return category is null || description is null
            ? null
            : new ProblemRecord(string.Empty, default, null, category.Value, description, input.DueOn, ProblemStatus.Open, null, null, null);
    }
}
