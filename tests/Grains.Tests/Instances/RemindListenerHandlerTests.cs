using System.Collections.Immutable;
using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Grains.Instances.Listeners;
using CaseFlow.Grains.Notifications;

namespace CaseFlow.Grains.Tests.Instances;

/// <summary><c>caseflow.remind</c> asks for a reminder entry, and the notification rules deliver that entry to the task's workers.</summary>
public sealed class RemindListenerHandlerTests
{
    [Fact]
    public async Task The_remind_listener_records_a_reminder_that_notifies_the_workers()
    {
        var context = new TaskListenerContext("inst-1", "inst-1:t3", "Review", "timeout", "chase", ImmutableSortedDictionary<string, string?>.Empty, "wang", 1, "inst-1:ls4");

        var outcome = await new RemindListenerHandler().HandleAsync(context, CancellationToken.None);

        Assert.Equal((InstanceHistoryKinds.ListenerReminder, "chase"), (outcome.HistoryKind, outcome.Detail));
        var rule = Assert.Single(NotificationRules.For(InstanceHistoryKinds.ListenerReminder));
        Assert.Equal((NotificationKinds.TaskReminder, NotificationAudience.Workers), (rule.Kind, rule.Audience));
    }

    [Fact]
    public void Two_handlers_under_one_name_are_refused_at_start_up() =>
        Assert.Throws<InvalidOperationException>(() => new TaskListenerHandlers([new RemindListenerHandler(), new RemindListenerHandler()]));
}
