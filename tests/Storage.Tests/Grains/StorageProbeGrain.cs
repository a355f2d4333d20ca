using CaseFlow.Grains.Storage;

namespace CaseFlow.Storage.Tests.Grains;

[GrainType("storage-probe")]
public sealed class StorageProbeGrain(
    [PersistentState(StorageProbeGrain.StateName, StorageNames.Default)] IPersistentState<ProbeState> state)
    : Grain, IStorageProbeGrain, IRemindable
{
    public const string StateName = "caseflow.tests.probe";

    private int ticks;

    public async Task SetValue(string value)
    {
        state.State.Value = value;
        state.State.Count++;
        await state.WriteStateAsync();
    }

    public Task<string?> GetValue() => Task.FromResult(state.State.Value);

    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public async Task StartTicking(string reminderName, TimeSpan dueTime, TimeSpan period) =>
        await this.RegisterOrUpdateReminder(reminderName, dueTime, period);

    public async Task StopTicking(string reminderName)
    {
        var reminder = await this.GetReminder(reminderName);
        if (reminder is not null)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    public async Task<IReadOnlyList<string>> GetReminderNames() =>
        [.. (await this.GetReminders()).Select(r => r.ReminderName)];

    public Task<int> GetTicksSinceActivation() => Task.FromResult(ticks);

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        ticks++;
        return Task.CompletedTask;
    }
}
