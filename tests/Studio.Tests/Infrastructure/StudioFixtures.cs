using System.Text;

namespace CaseFlow.Studio.Tests.Infrastructure;

/// <summary>The BPMN files under <c>Fixtures/</c>, each under a fresh process key so tests sharing a node never meet.</summary>
public static class StudioFixtures
{
    /// <summary>A petition acceptance with a 15-day deadline (a boundary timer) that escalates to the supervisor.</summary>
    public static string PetitionDeadline(out string key)
    {
        key = "petition_deadline_" + Guid.NewGuid().ToString("N")[..8];
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "petition-deadline.bpmn"), Encoding.UTF8);
        return text.Replace("\"petition_deadline\"", "\"" + key + "\"", StringComparison.Ordinal);
    }

    /// <summary>A home visit whose user task has a <c>camunda:formData</c> form and whose next step writes the visit into the person's case file.</summary>
    public static string VisitTask(out string key)
    {
        key = "console_visit_" + Guid.NewGuid().ToString("N")[..8];
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "visit-task.bpmn"), Encoding.UTF8);
        return text.Replace("\"console_visit\"", "\"" + key + "\"", StringComparison.Ordinal);
    }

    /// <summary>A check where an accepted case splits into a review task and an external civil-affairs lookup, then joins.</summary>
    public static string Monitor(out string key)
    {
        key = "monitor_check_" + Guid.NewGuid().ToString("N")[..8];
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "monitor.bpmn"), Encoding.UTF8);
        return text.Replace("\"monitor_check\"", "\"" + key + "\"", StringComparison.Ordinal);
    }

    /// <summary>受理材料 then 审核决定, which may send the case back to 受理材料 (退回).</summary>
    public static string ReturnReview(out string key)
    {
        key = "return_review_" + Guid.NewGuid().ToString("N")[..8];
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "return-review.bpmn"), Encoding.UTF8);
        return text.Replace("\"return_review\"", "\"" + key + "\"", StringComparison.Ordinal);
    }
}
