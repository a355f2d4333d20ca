namespace CaseFlow.Grains.Benchmarks;

/// <summary>A grain holding one plain Orleans reminder: the baseline the timer benchmark compares process timers with.</summary>
[Alias("caseflow.IReminderBenchmarkGrain")]
public interface IReminderBenchmarkGrain : IGrainWithStringKey
{
    /// <summary>Registers the grain's single reminder, first due at <paramref name="dueAt"/>.</summary>
    [Alias("schedule")]
    Task ScheduleAsync(DateTimeOffset dueAt);

    /// <summary>How late the reminder fired, or null while it has not fired in this activation.</summary>
    [Alias("get-lateness")]
    Task<TimeSpan?> GetLatenessAsync();
}
