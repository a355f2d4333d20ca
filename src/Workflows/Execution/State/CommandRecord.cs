using System.Collections.Immutable;
using CaseFlow.Workflows.Execution.Effects;

namespace CaseFlow.Workflows.Execution.State;

/// <summary>The recorded outcome of an accepted command, replayed for a repeated command id (R5).</summary>
/// <param name="CommandId">The caller's command id.</param>
/// <param name="ExecutedAt">The step's <c>now</c>; drives the 24 h retention.</param>
/// <param name="Effects">The effects the step emitted.</param>
public sealed record CommandRecord(string CommandId, DateTimeOffset ExecutedAt, ImmutableList<EngineEffect> Effects);
