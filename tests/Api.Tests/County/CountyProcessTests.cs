using CaseFlow.Api.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Api.Tests.County;

/// <summary>Tests of a shipped county process, each on a node of its own whose fake clock starts on a chosen 2026 day.</summary>
public abstract class CountyProcessTests
{
    /// <summary>A factory for a node of the subclass's database on <paramref name="time"/>.</summary>
    protected abstract Task<CaseFlowApiFactory> CreateAsync(FakeTimeProvider time);

    protected static DateOnly D(int month, int day) => new(2026, month, day);

    /// <summary>A node whose clock reads 09:00 in China on the given 2026 day.</summary>
    protected Task<FakeTimeNode> StartNodeAsync(int month, int day) =>
        FakeTimeNode.StartAsync(CreateAsync, new DateTimeOffset(2026, month, day, 9, 0, 0, TimeSpan.FromHours(8)));

    /// <summary>A node from Monday 2026-03-02 with <paramref name="processKey"/> started for a new person of the demo village.</summary>
    protected async Task<(FakeTimeNode Node, CaseProcessDriver Case)> StartCaseAsync(string processKey, string name)
    {
        var node = await StartNodeAsync(3, 2);
        var driver = new CaseProcessDriver(node);
        await driver.StartAsync(processKey, name);
        return (node, driver);
    }
}
