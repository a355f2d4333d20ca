using CaseFlow.Workflows.Diagnostics;
using CaseFlow.Workflows.Expressions;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Validation;

/// <summary>
/// The cross-key checks that run when a version is published (R81): BPMN601 and BPMN602 of BPMN.md §6.
/// </summary>
/// <remarks>
/// They cannot run at deploy because they depend on which other keys are published at that moment; the caller
/// gathers that into <see cref="PublishedProcesses"/> and this class stays free of storage.
/// </remarks>
public static class PublishValidator
{
    /// <summary>The literal message names of the start events of <paramref name="process"/>'s top level.</summary>
    /// <remarks>Expression names are skipped: the deploy already refuses them on start events (BPMN404).</remarks>
    public static IReadOnlyList<string> StartMessageNames(ProcessModel process) =>
        [.. StartMessages(process).Select(start => start.Name).Distinct(StringComparer.Ordinal)];

    /// <summary>Checks <paramref name="process"/> against the published state of the other keys.</summary>
    /// <returns>
    /// BPMN601 (error) for each message start name that the latest published version of another key already uses,
    /// so that R54 always finds at most one start event; BPMN602 (warning) for each literal called key that has no
    /// published version, because starting it would fail at run time. A call to the process's own key counts as
    /// published, since this publish makes it so.
    /// </returns>
    public static IReadOnlyList<Diagnostic> Validate(ProcessModel process, PublishedProcesses published)
    {
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(published);
        var diagnostics = new DiagnosticBag();

        foreach (var (start, name) in StartMessages(process))
        {
            var owner = published.StartMessageNamesByKey
                .Where(entry => !string.Equals(entry.Key, process.Key, StringComparison.Ordinal) && entry.Value.Contains(name, StringComparer.Ordinal))
                .Select(entry => entry.Key)
                .OrderBy(key => key, StringComparer.Ordinal)
                .FirstOrDefault();
            if (owner is not null)
            {
                diagnostics.Add(
                    DiagnosticCodes.DuplicateStartMessageAcrossKeys,
                    $"Start message name {DiagnosticText.Quote(name)} is already used by published process {DiagnosticText.Quote(owner)}.",
                    start.Id, start.ElementType, start.Position);
            }
        }

        foreach (var (call, called) in CalledKeys(process))
        {
            if (string.Equals(called, process.Key, StringComparison.Ordinal) || published.IsPublished(called))
            {
                continue;
            }

            diagnostics.Add(
                DiagnosticCodes.CalledKeyNotPublished,
                $"Called process {DiagnosticText.Quote(called)} has no published version yet.",
                call.Id, call.ElementType, call.Position);
        }

        return diagnostics.ToSortedList();
    }

    /// <summary>The call activities of <paramref name="process"/> with a literal called key, at any depth.</summary>
    /// <remarks>A key given as an expression is only known at run time, so publishing cannot check it.</remarks>
    public static IEnumerable<(CallActivity Call, string CalledKey)> CalledKeys(ProcessModel process)
    {
        ArgumentNullException.ThrowIfNull(process);
        foreach (var call in process.AllNodes.OfType<CallActivity>())
        {
            if (call.CalledElement is { Length: > 0 } called && !ExpressionText.ContainsExpression(called))
            {
                yield return (call, called);
            }
        }
    }

    /// <summary>The top-level message start events of <paramref name="process"/> with their literal message names (R54).</summary>
    public static IEnumerable<(StartEvent Start, string Name)> StartMessages(ProcessModel process)
    {
        ArgumentNullException.ThrowIfNull(process);
        foreach (var start in process.NodesInScope(null).OfType<StartEvent>())
        {
            if (start.Definition is MessageEventDefinition definition
                && process.FindMessage(definition.MessageRef)?.Name is { Length: > 0 } name
                && !ExpressionText.ContainsExpression(name))
            {
                yield return (start, name);
            }
        }
    }
}
