using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Workflows.Calendar;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Api.Tests.Infrastructure;

/// <summary>Moves a fake-time node's clock and makes the process timers that became due fire, deterministically.</summary>
/// <remarks>
/// <para>
/// An instance keeps one reminder aligned to its earliest timer, but the reminder service waits in real time, so a
/// jump of the fake clock by fifteen days would otherwise wait fifteen real days. After each move this delivers, to
/// every grain with a row in the reminder table, the tick the reminder service would deliver (the same call the
/// grain tests make with <c>InstanceTestKit.TickAsync</c>). A tick only fires timers the stored state says are due
/// at the node's <c>now</c>, so an early or repeated tick changes nothing.
/// </para>
/// <para>
/// A firing may create timers that are already due (a breach path whose escalation waits until a past instant), or
/// run in-process service tasks in a follow-up turn; the driver ticks again until no instance has a due timer or
/// pending in-process work, so a test sees the state as it is once the node has caught up with its clock.
/// </para>
/// </remarks>
public sealed class NodeClock(CaseFlowApiFactory factory)
{
    private const int MaxRounds = 50;
    private const string InstanceGrainType = "process-instance";

    private FakeTimeProvider Clock => factory.Clock ?? throw new InvalidOperationException("The node runs on the real clock.");

    private IGrainFactory Grains => factory.Services.GetRequiredService<IGrainFactory>();

    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>The node's calendar date in China.</summary>
    public DateOnly Today => ShanghaiTime.DateOf(Now);

    /// <summary>Moves the clock forward by <paramref name="by"/> and fires what fell due.</summary>
    public Task AdvanceAsync(TimeSpan by)
    {
        Clock.Advance(by);
        return FireDueTimersAsync();
    }

    /// <summary>Moves the clock to 09:00 in China on <paramref name="day"/> (never backwards) and fires what fell due.</summary>
    public Task AdvanceToAsync(DateOnly day) => AdvanceToAsync(ShanghaiTime.StartOf(day).AddHours(9));

    /// <summary>Moves the clock to <paramref name="instant"/> (never backwards) and fires what fell due.</summary>
    public Task AdvanceToAsync(DateTimeOffset instant)
    {
        if (instant < Now)
        {
            throw new ArgumentOutOfRangeException(nameof(instant), instant, "A fake clock only moves forward.");
        }

        Clock.SetUtcNow(instant);
        return FireDueTimersAsync();
    }

    /// <summary>Ticks every reminder until no process instance has a timer due now or in-process work pending.</summary>
    public async Task FireDueTimersAsync()
    {
        var table = factory.Services.GetRequiredService<IReminderTable>();
        for (var round = 0; round < MaxRounds; round++)
        {
            // (0, 0] wraps the whole ring: every reminder of this node's service.
            var rows = (await table.ReadRows(0, 0)).Reminders;
            var busy = false;
            foreach (var row in rows)
            {
                if (string.Equals(row.GrainId.Type.ToString(), InstanceGrainType, StringComparison.Ordinal))
                {
                    // The first round ticks every instance: SLA rungs (warning, breach, reminders) are due by the
                    // instance's task clocks, which its view does not show. Later rounds tick only what is still due.
                    var instance = Grains.GetGrain<IProcessInstanceGrain>(row.GrainId.Key.ToString());
                    var due = await IsDueAsync(instance);
                    busy |= due;
                    if (!due && round > 0)
                    {
                        continue;
                    }
                }
                else if (round > 0)
                {
                    // Other reminders (start timers of process definitions) need one tick per move, not one per round.
                    continue;
                }

                var now = Now.UtcDateTime;
                await Grains.GetGrain(row.GrainId).AsReference<IRemindable>()
                    .ReceiveReminder(row.ReminderName, new TickStatus(now, TimeSpan.FromMinutes(1), now));
                if (string.Equals(row.GrainId.Type.ToString(), InstanceGrainType, StringComparison.Ordinal))
                {
                    await SettleAsync(row.GrainId.Key.ToString()!);
                }
            }

            if (!busy)
            {
                return;
            }
        }

        throw new InvalidOperationException($"Process timers were still due after {MaxRounds} rounds of ticks.");
    }

    /// <summary>
    /// Waits until the instance has run its in-process follow-ups (service tasks of <c>caseflow.</c> topics): they run
    /// in a turn of their own just after the command that offered them has answered.
    /// </summary>
    public Task<ProcessInstanceView> SettleAsync(string instanceId) => WaitUntilAsync(instanceId, view => !HasPendingWork(view));

    /// <summary>The instance once <paramref name="condition"/> holds, or as it is after a bounded wait; no node time passes.</summary>
    public async Task<ProcessInstanceView> WaitUntilAsync(string instanceId, Func<ProcessInstanceView, bool> condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var grain = Grains.GetGrain<IProcessInstanceGrain>(instanceId);
        for (var attempt = 0; ; attempt++)
        {
            var view = (await grain.GetAsync()).Instance ?? throw new InvalidOperationException("No instance " + instanceId);
            if (condition(view) || attempt >= 400)
            {
                return view;
            }

            // The follow-up turn is already queued behind this read; yield to it rather than wait for time to pass.
            await Task.Delay(TimeSpan.FromMilliseconds(5), CancellationToken.None);
        }
    }

    private async Task<bool> IsDueAsync(IProcessInstanceGrain instance)
    {
        var view = (await instance.GetAsync()).Instance;
        return view is { Status: "active" } && ((view.NextTimerAt is { } next && next <= Now) || HasPendingWork(view));
    }

    private static bool HasPendingWork(ProcessInstanceView view) =>
        view.Status == "active" && view.Jobs.Any(j => j.State == "offered" && j.Topic.StartsWith("caseflow.", StringComparison.Ordinal));
}
