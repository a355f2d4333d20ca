using System.Collections.Immutable;
using System.Text.Json;

namespace CaseFlow.Workflows.Execution.Commands;

/// <summary>The child instance of a call activity completed, with its root variables for the <c>camunda:out</c> mappings (R46, R47).</summary>
/// <remarks>Only the child the call waits for is accepted, once; any other answers <c>CallNotActive</c>, which the host treats as a duplicate.</remarks>
public sealed record CompleteCall(
    string CommandId,
    string ChildInstanceId,
    ImmutableSortedDictionary<string, JsonElement>? Variables = null) : EngineCommand(CommandId);
