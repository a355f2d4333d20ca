using CaseFlow.Workflows.Calendar;

namespace CaseFlow.Workflows.Execution;

/// <summary>Configuration of the engine: limits, time zone and the working-day calendar.</summary>
public sealed record EngineOptions
{
    /// <summary>Asia/Shanghai as a fixed +08:00 zone.</summary>
    /// <remarks>China has kept +08:00 without daylight saving since 1991; a fixed zone keeps results independent of the host's tz database (R4).</remarks>
    public static TimeZoneInfo ChinaStandardTime { get; } =
        TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");

    // Declared after ChinaStandardTime: static initialisers run in text order and Default reads it.
    /// <summary>The defaults of BPMN.md with no calendar.</summary>
    public static EngineOptions Default { get; } = new();

    /// <summary>Element activations allowed per step (R3).</summary>
    public int StepLimit { get; init; } = 1_000;

    /// <summary>Inner instances one multi-instance activity may create; more raise <c>MultiInstanceLimit</c> (R48).</summary>
    public int MultiInstanceLimit { get; init; } = 1_000;

    /// <summary>The zone for local dates, timers without offset and calendar units (R29, R30).</summary>
    public TimeZoneInfo TimeZone { get; init; } = ChinaStandardTime;

    /// <summary>The working-day calendar for <c>addWorkdays</c> and friends; null raises <c>CalendarMissing</c>.</summary>
    public WorkCalendar? Calendar { get; init; }

    /// <summary>Recent commands always kept for idempotency, whatever their age (R5).</summary>
    public int CommandRetentionCount { get; init; } = 1_000;

    /// <summary>Age up to which a command record is kept even beyond <see cref="CommandRetentionCount"/> (R5).</summary>
    public TimeSpan CommandRetentionAge { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Statements allowed per expression (R76).</summary>
    public int ExpressionStatementLimit { get; init; } = 10_000;

    /// <summary>Memory allowed per expression, in bytes (R76).</summary>
    public long ExpressionMemoryLimit { get; init; } = 4L * 1024 * 1024;

    /// <summary>Call depth allowed per expression (R76).</summary>
    public int ExpressionRecursionLimit { get; init; } = 32;

    /// <summary>Wall-clock safety net per expression (R76); the only non-deterministic limit.</summary>
    public TimeSpan ExpressionTimeout { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Statements allowed per script (R64, R76).</summary>
    public int ScriptStatementLimit { get; init; } = 200_000;

    /// <summary>Memory allowed per script, in bytes (R76).</summary>
    public long ScriptMemoryLimit { get; init; } = 32L * 1024 * 1024;

    /// <summary>Call depth allowed per script (R76).</summary>
    public int ScriptRecursionLimit { get; init; } = 64;

    /// <summary>Wall-clock safety net per script (R76); exceeding it raises the retryable <c>ScriptTimeout</c>.</summary>
    public TimeSpan ScriptTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Called on every element activation with the element id; for diagnostics and fault-injection tests.</summary>
    /// <remarks>An exception it throws is an internal fault: the step is rejected with <c>EngineFault</c> (R1).</remarks>
    public Action<string>? ActivationProbe { get; init; }
}
