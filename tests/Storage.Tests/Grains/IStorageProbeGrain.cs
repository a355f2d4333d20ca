namespace CaseFlow.Storage.Tests.Grains;

/// <summary>A grain that persists through the "caseflow" provider and registers reminders, for the storage suite.</summary>
[Alias("caseflow.tests.IStorageProbeGrain")]
public interface IStorageProbeGrain : IGrainWithStringKey
{
    [Alias("SetValue")]
    Task SetValue(string value);

    [Alias("GetValue")]
    Task<string?> GetValue();

    [Alias("Deactivate")]
    Task Deactivate();

    [Alias("StartTicking")]
    Task StartTicking(string reminderName, TimeSpan dueTime, TimeSpan period);

    [Alias("StopTicking")]
    Task StopTicking(string reminderName);

    [Alias("GetReminderNames")]
    Task<IReadOnlyList<string>> GetReminderNames();

    /// <summary>Ticks received by this activation only, so a tick proves the current silo fired the reminder.</summary>
    [Alias("GetTicksSinceActivation")]
    Task<int> GetTicksSinceActivation();
}
