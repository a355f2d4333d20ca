using System.Globalization;
using Jint.Runtime;

namespace CaseFlow.Workflows.Execution.Expressions;

/// <summary>The clock of the sandbox: <c>Date.now()</c> and <c>new Date()</c> return the step's <c>now</c> (R76).</summary>
internal sealed class SandboxTimeSystem(DateTimeOffset now, TimeZoneInfo zone) : ITimeSystem
{
    private readonly DefaultTimeSystem _inner = new(zone, CultureInfo.InvariantCulture);

    public TimeZoneInfo DefaultTimeZone => zone;

    public DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    public TimeSpan GetUtcOffset(long epochMilliseconds) => _inner.GetUtcOffset(epochMilliseconds);

    public bool TryParse(string date, out long epochMilliseconds) => _inner.TryParse(date, out epochMilliseconds);
}
