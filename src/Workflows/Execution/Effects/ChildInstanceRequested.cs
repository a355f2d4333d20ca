using CaseFlow.Workflows.Execution.State;

namespace CaseFlow.Workflows.Execution.Effects;

/// <summary>A call activity wants its child instance started; the host resolves the version and starts it (R45).</summary>
/// <remarks>The host answers with <c>CompleteCall</c> when the child completes, or <c>FailCall</c> when it cannot start
/// or is cancelled on its own.</remarks>
public sealed record ChildInstanceRequested(CallInstance Call) : EngineEffect;
