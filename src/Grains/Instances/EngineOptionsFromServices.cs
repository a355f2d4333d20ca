using CaseFlow.Workflows.Calendar;
using CaseFlow.Workflows.Execution;

namespace CaseFlow.Grains.Instances;

/// <summary>The engine's options as a node runs them: the defaults, with the node's working-day calendar.</summary>
/// <remarks>Without the calendar every <c>addWorkdays</c> in a model (a due date "two working days from now") raises
/// <c>CalendarMissing</c>; the calendar is resolved when the engine is first built, so registration order is free.</remarks>
public static class EngineOptionsFromServices
{
    public static EngineOptions Create(IServiceProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return EngineOptions.Default with { Calendar = provider.GetService(typeof(WorkCalendar)) as WorkCalendar };
    }
}
