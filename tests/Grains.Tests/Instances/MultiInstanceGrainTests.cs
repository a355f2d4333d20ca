using System.Text.Json;
using Orleans.Core.Internal;

namespace CaseFlow.Grains.Tests.Instances;

/// <summary>Multi-instance activities through the instance grain (R48–R51): stored, reloaded and resumed.</summary>
[Collection(InstanceClusterCollection.Name)]
public sealed class MultiInstanceGrainTests(InstanceClusterFixture fixture)
{
    private readonly InstanceTestKit _kit = new(fixture);

    [Fact(DisplayName = "R48a/R51b: a parallel review survives deactivation and collects one opinion per reviewer in order")]
    public async Task Parallel_review_survives_deactivation()
    {
        var key = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(key, InstanceProcesses.ParallelReview(key));
        var (grain, started) = await _kit.StartAsync(key, """{"reviewers":["王芳","李强","赵敏"]}""");
        Assert.Equal(["王芳", "李强", "赵敏"], started.Tasks.Select(t => t.Assignee));
        var byReviewer = started.Tasks.ToDictionary(t => t.Assignee!, t => t.TaskId);

        await grain.CompleteTaskAsync(byReviewer["赵敏"], """{"opinion":"同意"}""", InstanceTestKit.Actor, InstanceTestKit.NewCommandId());
        await grain.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        var reloaded = (await grain.GetAsync()).Instance!;
        Assert.Equal([byReviewer["王芳"], byReviewer["李强"]], reloaded.Tasks.Select(t => t.TaskId));

        await grain.CompleteTaskAsync(byReviewer["李强"], """{"opinion":"补充材料"}""", InstanceTestKit.Actor, InstanceTestKit.NewCommandId());
        var done = await grain.CompleteTaskAsync(byReviewer["王芳"], """{"opinion":"同意"}""", InstanceTestKit.Actor, InstanceTestKit.NewCommandId());

        var view = done.Instance!;
        Assert.Equal(["After"], view.Tasks.Select(t => t.ElementId));
        var opinions = JsonDocument.Parse(view.VariablesJson).RootElement.GetProperty("opinions");
        Assert.Equal(["同意", "补充材料", "同意"], opinions.EnumerateArray().Select(o => o.GetString()));
    }

    [Fact(DisplayName = "R51a: the body's boundary timer is one wake-up and cancels every open review when it fires")]
    public async Task Body_timer_cancels_all_reviews()
    {
        var key = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(key, InstanceProcesses.ParallelReview(key));
        var (grain, started) = await _kit.StartAsync(key, """{"reviewers":["王芳","李强"]}""");
        Assert.Single(await _kit.RemindersOfAsync(grain));

        InstanceClusterFixture.Clock.Advance(TimeSpan.FromDays(8));
        await InstanceTestKit.WakeAsync(grain);
        var late = await InstanceTestKit.WaitUntilAsync(grain, v => v.Tasks.Any(t => t.ElementId == "Late"));

        Assert.Equal(2, started.Tasks.Length);
        Assert.Equal(["Late"], late.Tasks.Select(t => t.ElementId));
    }

    [Fact(DisplayName = "R48c/R49: an in-process service task runs once per item, in order, and sees its element variable")]
    public async Task Sequential_service_task_sees_each_item()
    {
        var key = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(key, InstanceProcesses.SequentialVisits(key));
        var (grain, _) = await _kit.StartAsync(key, """{"villages":["城关村","东坝村","西河村"]}""");

        var after = await InstanceTestKit.WaitUntilAsync(grain, v => v.Tasks.Length == 1);

        Assert.Equal(["After"], after.Tasks.Select(t => t.ElementId));
        var calls = RecordingVisitHandler.Calls[grain.GetPrimaryKeyString()].ToList();
        Assert.Equal(["城关村", "东坝村", "西河村"], calls.Select(c => c.Variables["village"].GetString()));
        Assert.Equal([0, 1, 2], calls.Select(c => c.Variables["loopCounter"].GetInt32()));
        Assert.Equal(1, calls[0].Variables["nrOfActiveInstances"].GetInt32());
    }
}
