using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Grains.Contracts.Processes;
using CaseFlow.Grains.Instances;

namespace CaseFlow.Grains.Tests.Instances;

/// <summary>Deploys processes, starts instances and delivers wake-ups the way the silo does.</summary>
public sealed class InstanceTestKit(InstanceClusterFixture fixture)
{
    public const string Actor = "caseworker-1";

    private static int _commands;

    public static string NewCommandId() => "cmd-" + Interlocked.Increment(ref _commands).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Deploys the file as version 1 and publishes it.</summary>
    public async Task DeployAndPublishAsync(string key, string xml)
    {
        var definition = fixture.Grains.GetGrain<IProcessDefinitionGrain>(key);
        var deployed = await definition.DeployAsync(new DeployProcess("modeler-1", xml));
        Assert.True(deployed.Error is null, string.Join("; ", deployed.Diagnostics.Where(d => d.IsError).Select(d => d.Code + " " + d.Message)));
        var published = await definition.PublishAsync(deployed.Version!.Version, "modeler-1");
        Assert.Null(published.Error);
    }

    public IProcessInstanceGrain NewInstance(out string instanceId)
    {
        instanceId = ProcessInstanceIds.New();
        return fixture.Grains.GetGrain<IProcessInstanceGrain>(instanceId);
    }

    public static StartProcessInstance Start(string key, string? variablesJson = null, int? version = null) =>
        new(key, version, "bk-1", variablesJson, "P0001", "PET-1", Actor, NewCommandId());

    /// <summary>Starts an instance and asserts that it started.</summary>
    public async Task<(IProcessInstanceGrain Grain, ProcessInstanceView View)> StartAsync(string key, string? variablesJson = null)
    {
        var grain = NewInstance(out _);
        var result = await grain.StartAsync(Start(key, variablesJson));
        Assert.True(result.Error is null, result.Error?.Code + " " + result.Error?.Message);
        return (grain, result.Instance!);
    }

    /// <summary>What the reminder service does at a tick: calls the grain's <see cref="IRemindable"/> with the wake-up's name.</summary>
    public static Task WakeAsync(IProcessInstanceGrain grain) => TickAsync(grain, "wake");

    /// <summary>Delivers one tick of the named reminder to a grain, as the reminder service would.</summary>
    public static Task TickAsync(IAddressable grain, string reminderName)
    {
        var now = DateTime.UtcNow;
        return grain.AsReference<IRemindable>().ReceiveReminder(reminderName, new TickStatus(now, TimeSpan.FromMinutes(1), now));
    }

    /// <summary>The grain's rows in the silo's reminder table.</summary>
    public async Task<IReadOnlyList<ReminderEntry>> RemindersOfAsync(IAddressable grain)
    {
        var table = (IReminderTable)fixture.SiloServices.GetService(typeof(IReminderTable))!;
        var rows = await table.ReadRows(grain.GetGrainId());
        return [.. rows.Reminders];
    }

    /// <summary>Polls the instance until <paramref name="condition"/> holds; follow-up work runs after the command answered.</summary>
    public static async Task<ProcessInstanceView> WaitUntilAsync(IProcessInstanceGrain grain, Func<ProcessInstanceView, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var view = (await grain.GetAsync()).Instance!;
            if (condition(view) || DateTime.UtcNow > deadline)
            {
                return view;
            }

            await Task.Delay(25);
        }
    }
}
