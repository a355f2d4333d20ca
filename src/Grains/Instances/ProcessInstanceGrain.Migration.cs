using System.Globalization;
using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Workflows.Execution;
using CaseFlow.Workflows.Execution.Migration;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Grains.Instances;

/// <summary>Migration to another version (R84): checked in full, then one write with a <c>migrated</c> history entry.</summary>
/// <remarks>
/// Migration needs two models, so it runs beside the engine's one-model step rather than through it; it keeps the
/// same guarantees: atomic (refused means unchanged), idempotent by command id, written with its history.
/// </remarks>
internal sealed partial class ProcessInstanceGrain
{
    async Task<ProcessInstanceResult> IProcessInstanceGrain.MigrateAsync(MigrateProcessInstance command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (Instance is not { } current)
        {
            return ProcessInstanceResult.Fail(NotFound());
        }

        if (current.ProcessVersion != command.SourceVersion && !current.RecentCommands.Any(r => r.CommandId == command.CommandId))
        {
            return Refuse("migrate", InstanceErrorCodes.MigrationInvalid,
                $"The instance runs on version {current.ProcessVersion.ToString(CultureInfo.InvariantCulture)}, not {command.SourceVersion.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (!InstanceVariables.TryParse(command.VariablesJson, out var variables, out var variableError))
        {
            return Refuse("migrate", variableError!);
        }

        var mappings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var mapping in command.Mappings.IsDefault ? [] : command.Mappings)
        {
            if (!mappings.TryAdd(mapping.Source, mapping.Target))
            {
                return Refuse("migrate", InstanceErrorCodes.MigrationInvalid, $"'{mapping.Source}' is mapped twice.");
            }
        }

        var (source, sourceError) = await LoadModelAsync(current.ProcessKey, command.SourceVersion).ConfigureAwait(true);
        var (target, _) = await LoadModelAsync(current.ProcessKey, command.TargetVersion).ConfigureAwait(true);
        if (source is null)
        {
            return Refuse("migrate", sourceError!);
        }

        if (target is null)
        {
            return Refuse("migrate", InstanceErrorCodes.MigrationInvalid, "The target version does not exist.");
        }

        var now = time.GetUtcNow();
        var zone = (ServiceProvider.GetService<EngineOptions>() ?? EngineOptions.Default).TimeZone;
        var outcome = InstanceMigrator.Migrate(source, target, command.TargetVersion, mappings, current, variables, command.CommandId, now, zone);
        if (outcome.Problem is { } problem)
        {
            return Refuse("migrate", InstanceErrorCodes.MigrationInvalid, problem);
        }

        var next = state.State.Copy();
        next.Instance = outcome.State;
        next.History = outcome.Replayed
            ? state.State.History
            : InstanceHistory.AppendMigration(state.State.History, command.Actor, current.ProcessVersion, command.TargetVersion, mappings.Count, now);
        if (command.DryRun || outcome.Replayed)
        {
            return ProcessInstanceResult.Ok(InstanceViews.From(next));
        }

        await WriteStateAsync(next).ConfigureAwait(true);
        InstancesLog.Migrated(logger, InstanceId, current.ProcessKey, current.ProcessVersion, command.TargetVersion, command.Actor);
        await AlignWakeUpAsync().ConfigureAwait(true);
        ScheduleFollowUps();
        return ProcessInstanceResult.Ok(InstanceViews.From(state.State));
    }
}
