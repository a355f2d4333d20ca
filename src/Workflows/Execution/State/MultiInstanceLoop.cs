using System.Collections.Immutable;
using System.Text.Json;

namespace CaseFlow.Workflows.Execution.State;

/// <summary>The bookkeeping of a live multi-instance body, kept on the body's scope instance (R48–R51).</summary>
/// <remarks>
/// The counters are also mirrored into the body scope's variables (<c>nrOfInstances</c> and the others) for
/// expressions to read; this record is what the engine trusts, so a model that writes those variables cannot derail
/// the loop.
/// </remarks>
/// <param name="Count"><c>nrOfInstances</c>, fixed when the body activates.</param>
/// <param name="Next">The <c>loopCounter</c> the next inner instance gets; equals <paramref name="Count"/> once all have started.</param>
/// <param name="Completed"><c>nrOfCompletedInstances</c>: inner instances that completed normally.</param>
/// <param name="Items">The collection as it was at activation (R48), or null for <c>loopCardinality</c>.</param>
public sealed record MultiInstanceLoop(int Count, int Next, int Completed, ImmutableList<JsonElement>? Items);
