using System.Collections.Immutable;
using System.Text.Json;

namespace CaseFlow.Workflows.Execution.State;

/// <summary>A call activity waiting for its child instance (R45–R47).</summary>
/// <remarks>The child's instance id is new for every activation, so a retried call never meets the child an earlier
/// attempt left behind. The key, binding (<c>latest</c>, <c>version</c>, <c>versionTag</c>, <c>deployment</c>), version,
/// business key and start variables are evaluated once, at activation.</remarks>
public sealed record CallInstance(
    string ChildInstanceId,
    string ElementInstanceId,
    string ElementId,
    string ProcessKey,
    string Binding,
    int? Version,
    string? VersionTag,
    ImmutableSortedDictionary<string, JsonElement> Variables,
    string? BusinessKey);
