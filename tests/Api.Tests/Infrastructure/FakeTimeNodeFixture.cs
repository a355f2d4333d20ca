using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Api.Tests.Infrastructure;

/// <summary>One node per test class on a fake clock that the tests move (see <see cref="NodeClock"/>).</summary>
/// <remarks>
/// The clock starts on Monday 2026-03-02 09:00 in China, a year the shipped calendar covers, so deadlines count
/// under the real 2026 holidays. Tests of one class share the node and its clock, which only moves forward.
/// </remarks>
public abstract class FakeTimeNodeFixture : NodeFixture
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    /// <summary>The fake clock the node reads.</summary>
    public FakeTimeProvider Time { get; } = new(Start);

    /// <summary>Moves <see cref="Time"/> and fires the process timers that fell due.</summary>
    public NodeClock Clock => _clock ??= new NodeClock(Factory);

    private NodeClock? _clock;
}
