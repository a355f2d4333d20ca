using CaseFlow.Api.Common;
using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Grains.Contracts.Processes;
using CaseFlow.Grains.Processes;
using CaseFlow.Workflows.Execution.Migration;
using CaseFlow.Workflows.Model;
using CaseFlow.Workflows.Parsing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseFlow.Api.Instances;

/// <summary>The batch migration handler of <c>/api/instances</c> (R83, R84).</summary>
/// <remarks>
/// The plan is checked once against both versions (R83) and refused as a whole with 422 <c>MigrationInvalid</c>
/// listing every broken rule. Then each instance migrates on its own (R84): one that cannot follow the plan, or lies
/// outside the caller's jurisdiction, is reported and the others still move.
/// </remarks>
public static class InstanceMigrationApi
{
    private const int MaxInstances = 500;

    public static async Task<Results<Ok<MigrationBatchResponse>, ProblemHttpResult>> MigrateAsync(
        MigrateInstancesRequest request, [AsParameters] InstanceServices services, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        var scope = await InstanceAccess.OperateScopeAsync(InstancesApi.CallerOf(http, services), services.Directory, http.RequestAborted);
        if (scope.IsEmpty)
        {
            return InstanceProblems.Forbidden("Operator actions on instances are for supervisors, directors and admins.");
        }

        if (InputProblem(request) is { } inputProblem)
        {
            return inputProblem;
        }

        if (InstancesApi.VariablesText(request.Variables) is not { } variables)
        {
            return InstancesApi.VariablesInvalid();
        }

        var key = request.ProcessKey!;
        var source = await LoadAsync(services, key, request.SourceVersion!.Value);
        var target = await LoadAsync(services, key, request.TargetVersion!.Value);
        if (source is null || target is null)
        {
            return InstanceProblems.Of(InstanceErrorCodes.ProcessNotFound, "The process has no such version.", source is null ? "sourceVersion" : "targetVersion");
        }

        var mappings = request.Mappings!.GroupBy(m => m.Source, StringComparer.Ordinal).ToList();
        var problems = mappings.Where(g => g.Count() > 1).Select(g => $"'{g.Key}' is mapped twice.").ToList();
        problems.AddRange(MigrationPlanner.Validate(source, target, mappings.ToDictionary(g => g.Key, g => g.First().Target, StringComparer.Ordinal)));
        if (problems.Count > 0)
        {
            return InstanceProblems.From(new DomainError(
                InstanceErrorCodes.MigrationInvalid, $"The migration plan breaks {problems.Count} rule(s); see errors.", "mappings", null,
                [.. problems.Select(p => new FieldError("mappings", InstanceErrorCodes.MigrationInvalid, p))]));
        }

        var dryRun = request.DryRun ?? false;
        var commandId = InstanceCommandIds.For(http);
        var results = new List<MigrationResultItem>();
        foreach (var instanceId in request.InstanceIds!)
        {
            var grain = services.Grains.GetGrain<IProcessInstanceGrain>(instanceId);
            var current = await grain.GetAsync();
            if (current.Instance is not { } view || !InstanceAccess.Covers(scope, view.JurisdictionCode) || view.ProcessKey != key)
            {
                results.Add(new MigrationResultItem(instanceId, false, InstanceErrorCodes.InstanceNotFound, "No instance of this process with this id is visible to you."));
                continue;
            }

            var result = await grain.MigrateAsync(new MigrateProcessInstance(
                request.SourceVersion.Value, request.TargetVersion.Value, [.. request.Mappings!], variables.Length == 0 ? null : variables,
                dryRun, InstancesApi.ActorOf(http), commandId + ":" + instanceId));
            results.Add(result.Error is { } error
                ? new MigrationResultItem(instanceId, false, error.Code, error.Message)
                : new MigrationResultItem(instanceId, true, null, null));
        }

        var migrated = results.Count(r => r.Migrated);
        return TypedResults.Ok(new MigrationBatchResponse(dryRun, migrated, results.Count - migrated, results));
    }

    private static ProblemHttpResult? InputProblem(MigrateInstancesRequest request)
    {
        var errors = new List<FieldError>();
        void Require(bool ok, string field, string message)
        {
            if (!ok)
            {
                errors.Add(new FieldError(field, ApiErrorCodes.ValidationFailed, message));
            }
        }

        Require(!string.IsNullOrWhiteSpace(request.ProcessKey), "processKey", "The process key is required.");
        Require(request.SourceVersion is >= 1, "sourceVersion", "The source version is required.");
        Require(request.TargetVersion is >= 1, "targetVersion", "The target version is required.");
        Require(request.SourceVersion != request.TargetVersion || request.SourceVersion is null, "targetVersion", "The target version differs from the source version.");
        Require(request.Mappings is { Count: > 0 } && request.Mappings.All(m => m is { Source.Length: > 0, Target.Length: > 0 }), "mappings", "Give at least one mapping, each with source and target.");
        Require(request.InstanceIds is { Count: >= 1 and <= MaxInstances } && request.InstanceIds.All(id => !string.IsNullOrWhiteSpace(id)), "instanceIds", $"Give 1 to {MaxInstances} instance ids.");
        return errors.Count == 0 ? null : ApiProblems.From(DomainError.Validation(errors));
    }

    private static async Task<ProcessModel?> LoadAsync(InstanceServices services, string key, int version)
    {
        var xml = await services.Grains.GetGrain<IProcessDefinitionGrain>(key).GetXmlAsync(version);
        if (xml.Xml is null)
        {
            return null;
        }

        var parsed = BpmnParser.Parse(xml.Xml, ProcessParsing.Options);
        return parsed.Definitions?.ExecutableProcesses.FirstOrDefault(p => p.Key == key);
    }
}
