using CaseFlow.Grains.Notifications;

namespace CaseFlow.Grains.Tests.Notifications;

/// <summary>Notification titles name tasks and processes and never carry numbers that could identify a person.</summary>
public sealed class NotificationTextTests
{
    [Fact(DisplayName = "A title fills in the task and process names")]
    public void Renders_names()
    {
        Assert.Equal("Task \"入户调查\" in 上门办证 has passed its due date.",
            NotificationText.Render("Task \"{task}\" in {process} has passed its due date.", "入户调查", "上门办证"));
    }

    [Fact(DisplayName = "ID-, phone- and account-shaped digit runs in a name are masked, and long titles are cut")]
    public void Masks_digit_runs_and_caps_length()
    {
        var title = NotificationText.Render("{task} / {process}", "核查 11010519491231002X", "回访 13800001234");
        var longTitle = NotificationText.Render("{task}", new string('任', 500), "p");

        Assert.DoesNotContain("0519491231", title, StringComparison.Ordinal);
        Assert.DoesNotContain("00001234", title, StringComparison.Ordinal);
        Assert.StartsWith("核查 11", title, StringComparison.Ordinal);
        Assert.Equal(NotificationText.MaxLength, longTitle.Length);
        Assert.Equal("2026 年第 3 批", NotificationText.Render("{task}", "2026 年第 3 批", "p"));
    }
}
