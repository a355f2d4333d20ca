using System.Globalization;

namespace CaseFlow.Grains.Benchmarks;

/// <summary>Registers one reminder and, when it fires, notes how late it was and unregisters it.</summary>
/// <remarks>
/// The due instant travels in the reminder's name, so a firing after a re-activation still knows what it was due
/// at. Unregistering on the first firing costs one durable write, as a process timer's firing does.
/// </remarks>
[GrainType("bench-reminder")]
internal sealed class ReminderBenchmarkGrain(TimeProvider time) : Grain, IReminderBenchmarkGrain, IRemindable
{
    private const string Prefix = "due-";
    private TimeSpan? _lateness;

    public async Task ScheduleAsync(DateTimeOffset dueAt)
    {
        var dueTime = dueAt - time.GetUtcNow();
        var name = Prefix + dueAt.UtcTicks.ToString(CultureInfo.InvariantCulture);
        await this.RegisterOrUpdateReminder(name, dueTime > TimeSpan.Zero ? dueTime : TimeSpan.Zero, TimeSpan.FromMinutes(1)).ConfigureAwait(true);
    }

    public Task<TimeSpan?> GetLatenessAsync() => Task.FromResult(_lateness);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (!reminderName.StartsWith(Prefix, StringComparison.Ordinal)
            || !long.TryParse(reminderName.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
        {
            return;
        }

        _lateness ??= time.GetUtcNow() - new DateTimeOffset(ticks, TimeSpan.Zero);
        if (await this.GetReminder(reminderName).ConfigureAwait(true) is { } reminder)
        {
            await this.UnregisterReminder(reminder).ConfigureAwait(true);
        }
    }
}
