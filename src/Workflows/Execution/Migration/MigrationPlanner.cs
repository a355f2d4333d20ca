using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Execution.Migration;

/// <summary>Checks a migration plan against the two versions it connects (R83), before any instance is touched.</summary>
public static class MigrationPlanner
{
    /// <summary>Every rule the plan breaks, in mapping order; empty when the plan is valid.</summary>
    /// <param name="source">The version instances run on now.</param>
    /// <param name="target">The version they move to; the same process key.</param>
    /// <param name="mappings">Source element id → target element id; a dictionary, so no source maps twice.</param>
    public static IReadOnlyList<string> Validate(ProcessModel source, ProcessModel target, IReadOnlyDictionary<string, string> mappings)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(mappings);
        var problems = new List<string>();
        if (!string.Equals(source.Key, target.Key, StringComparison.Ordinal))
        {
            problems.Add($"The versions belong to different processes ('{source.Key}', '{target.Key}').");
            return problems;
        }

        foreach (var (sourceId, targetId) in mappings.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            var from = source.FindNode(sourceId);
            var to = target.FindNode(targetId);
            if (from is null || to is null)
            {
                problems.Add(from is null ? $"The source version has no element '{sourceId}'." : $"The target version has no element '{targetId}'.");
                continue;
            }

            if (Shape(from) != Shape(to))
            {
                problems.Add($"'{sourceId}' ({Shape(from)}) cannot map to '{targetId}' ({Shape(to)}): the type, event definition or multi-instance kind differs.");
            }

            // The parent of a mapped element maps to the parent of its target, so tokens keep their scope.
            var expectedParent = from.ScopeId is { } parent ? mappings.GetValueOrDefault(parent) : null;
            if (!string.Equals(expectedParent, to.ScopeId, StringComparison.Ordinal))
            {
                problems.Add($"'{sourceId}' maps to '{targetId}', but their enclosing subprocesses are not mapped onto each other.");
            }

            if (from is BoundaryEvent boundary && to is BoundaryEvent targetBoundary
                && !string.Equals(mappings.GetValueOrDefault(boundary.AttachedToId), targetBoundary.AttachedToId, StringComparison.Ordinal))
            {
                problems.Add($"Boundary event '{sourceId}' maps only together with its host '{boundary.AttachedToId}' onto '{targetBoundary.AttachedToId}'.");
            }
        }

        return problems;
    }

    /// <summary>What must match across a mapping: element type, event definition kind, multi-instance kind.</summary>
    internal static string Shape(FlowNode node)
    {
        var definition = node is EventNode { Definition: { } d } ? "/" + d.Kind : string.Empty;
        var multiInstance = node is Activity { MultiInstance: { } mi } ? (mi.IsSequential ? "/sequential" : "/parallel") : string.Empty;
        var interrupting = node is BoundaryEvent { CancelActivity: false } ? "/non-interrupting" : string.Empty;
        return node.ElementType + definition + multiInstance + interrupting;
    }
}
