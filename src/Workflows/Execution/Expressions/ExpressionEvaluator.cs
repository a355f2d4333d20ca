using System.Globalization;
using System.Text;
using System.Text.Json;
using CaseFlow.Workflows.Calendar;
using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Expressions;
using CaseFlow.Workflows.Timers;
using Jint;
using JsEngine = Jint.Engine;
using Jint.Runtime;

namespace CaseFlow.Workflows.Execution.Expressions;

/// <summary>Evaluates attribute values and conditions at run time in the Jint sandbox (R75–R79).</summary>
/// <remarks>
/// <para>
/// Every evaluation gets a fresh realm (R76), so nothing one expression does can leak into the next and results depend
/// only on the variables and <c>now</c> (R4). Errors never escape: every failure, including a limit breach or a host
/// fault inside a built-in, comes back as an <see cref="EvaluationResult"/> the engine turns into an incident (R78).
/// </para>
/// <para>A missing calendar year is the one failure with its own type, <c>CalendarMissing</c> (§4.1).</para>
/// </remarks>
internal sealed partial class ExpressionEvaluator(EngineOptions options)
{
    private const int MaxCachedScripts = 4_096;

    private static readonly Prepared<Acornima.Ast.Script> Prelude = JsEngine.PrepareScript(SandboxPrelude.Source);

    // Parsed expressions by source text; the model's expressions are few and repeat across instances (R76).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Prepared<Acornima.Ast.Script>> Scripts = new(StringComparer.Ordinal);

    /// <summary>Evaluates <paramref name="text"/>: a literal, one <c>${…}</c> (keeps its type) or text with <c>${…}</c> (a string).</summary>
    public EvaluationResult Evaluate(string text, ExpressionScope scope, DateTimeOffset now)
    {
        var template = ExpressionText.Parse(text);
        if (template.Error is not null)
        {
            return EvaluationResult.Fail(template.Error, IncidentTypes.ExpressionError);
        }

        if (!template.HasExpressions)
        {
            return EvaluationResult.Of(JsonSerializer.SerializeToElement(text));
        }

        try
        {
            var engine = CreateEngine(scope, now);
            if (template.IsSingleExpression)
            {
                return Run(engine, template.Segments[0].Text);
            }

            var builder = new StringBuilder();
            foreach (var segment in template.Segments)
            {
                if (!segment.IsExpression)
                {
                    builder.Append(segment.Text);
                    continue;
                }

                var part = Run(engine, segment.Text);
                if (!part.Succeeded)
                {
                    return part;
                }

                builder.Append(part.AsText());
            }

            return EvaluationResult.Of(JsonSerializer.SerializeToElement(builder.ToString()));
        }
        catch (Exception exception) when (FindCalendarMissing(exception) is { } missing)
        {
            return EvaluationResult.Fail($"no working-day calendar for {missing.Year.ToString(CultureInfo.InvariantCulture)}", IncidentTypes.CalendarMissing);
        }
        catch (JavaScriptException exception)
        {
            return EvaluationResult.Fail(exception.Message, IncidentTypes.ExpressionError);
        }
#pragma warning disable CA1031 // R78: no failure of an expression may escape the step; each becomes an incident.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            // The wall clock is the only limit that depends on the machine; its own type tells the operator a retry may pass.
            var type = exception is TimeoutException ? IncidentTypes.ScriptTimeout : IncidentTypes.ExpressionError;
            return EvaluationResult.Fail($"{Describe(exception)}: {exception.Message}", type);
        }
    }

    private EvaluationResult Run(JsEngine engine, string body)
    {
        var json = engine.Evaluate(Prepare(body)).AsString();
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var value = root.GetProperty("v");
        if (root.GetProperty("k").GetString() == "date")
        {
            var instant = TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeMilliseconds(value.GetInt64()), options.TimeZone);
            return EvaluationResult.Of(JsonSerializer.SerializeToElement(FormatInstant(instant)), instant);
        }

        return EvaluationResult.Of(value.Clone());
    }

    private static Prepared<Acornima.Ast.Script> Prepare(string body)
    {
        if (Scripts.TryGetValue(body, out var cached))
        {
            return cached;
        }

        var prepared = JsEngine.PrepareScript("__result((\n" + JuelTranslator.Translate(body).Text + "\n))");
        if (Scripts.Count < MaxCachedScripts)
        {
            Scripts.TryAdd(body, prepared);
        }

        return prepared;
    }

    /// <summary>ISO 8601 with milliseconds and the offset, the stored form of a date-time (§4.2).</summary>
    public static string FormatInstant(DateTimeOffset instant) =>
        instant.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    private JsEngine CreateEngine(ExpressionScope scope, DateTimeOffset now, bool forScript = false)
    {
        var engine = new JsEngine(o =>
        {
            o.Strict();
            o.MaxStatements(forScript ? options.ScriptStatementLimit : options.ExpressionStatementLimit);
            o.LimitMemory(forScript ? options.ScriptMemoryLimit : options.ExpressionMemoryLimit);
            o.LimitRecursion(forScript ? options.ScriptRecursionLimit : options.ExpressionRecursionLimit);
            o.TimeoutInterval(forScript ? options.ScriptTimeout : options.ExpressionTimeout);
            o.TimeSystem = new SandboxTimeSystem(now, options.TimeZone);
            o.Culture = CultureInfo.InvariantCulture;
            o.Host.StringCompilationAllowed = false;
        });
        engine.SetValue("__hostVariables", SerializeVariables(scope.Variables));
        engine.SetValue("__hostFacts", JsonSerializer.Serialize(new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["instanceId"] = scope.InstanceId,
            ["businessKey"] = scope.BusinessKey,
            ["elementId"] = scope.ElementId,
        }));
        engine.SetValue("__hostParseDate", new Func<string, double>(ParseDate));
        engine.SetValue("__hostAddDuration", new Func<double, string, double>(AddDuration));
        engine.SetValue("__hostAddWorkdays", new Func<double, double, double>(AddWorkdays));
        engine.SetValue("__hostIsWorkday", new Func<double, bool>(IsWorkday));
        engine.SetValue("__hostWorkdaysBetween", new Func<double, double, double>(WorkdaysBetween));
        if (forScript)
        {
            engine.Execute(ScriptPreludeScript);
        }

        engine.Execute(Prelude);
        return engine;
    }

    private static string SerializeVariables(IReadOnlyDictionary<string, JsonElement> variables)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in variables.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                writer.WritePropertyName(name);
                value.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private double ParseDate(string text)
    {
        if (IsoTimerParser.TryParseDate(text, out var date))
        {
            return TimerSchedule.ToInstant(date, options.TimeZone).ToUnixTimeMilliseconds();
        }

        return double.NaN;
    }

    private double AddDuration(double milliseconds, string iso)
    {
        if (!IsoTimerParser.TryParseDuration(iso, out var duration))
        {
            throw new JavaScriptException("not an ISO 8601 duration: " + iso);
        }

        return TimerSchedule.Add(Instant(milliseconds), duration, options.TimeZone).ToUnixTimeMilliseconds();
    }

    private double AddWorkdays(double milliseconds, double workdays)
    {
        var calendar = Calendar();
        var local = TimeZoneInfo.ConvertTime(Instant(milliseconds), options.TimeZone);
        var day = calendar.AddWorkdays(DateOnly.FromDateTime(local.DateTime), checked((int)workdays)).Value;
        var shifted = day.ToDateTime(TimeOnly.FromDateTime(local.DateTime));
        return new DateTimeOffset(shifted, options.TimeZone.GetUtcOffset(shifted)).ToUnixTimeMilliseconds();
    }

    private bool IsWorkday(double milliseconds) =>
        Calendar().IsWorkday(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Instant(milliseconds), options.TimeZone).DateTime));

    private double WorkdaysBetween(double from, double to) =>
        Calendar().WorkdaysBetween(
            DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Instant(from), options.TimeZone).DateTime),
            DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Instant(to), options.TimeZone).DateTime)).Value;

    private WorkCalendar Calendar() =>
        options.Calendar ?? throw new CalendarYearMissingException(0);

    private static DateTimeOffset Instant(double milliseconds) =>
        double.IsFinite(milliseconds)
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)milliseconds)
            : throw new JavaScriptException("an invalid Date was passed to a built-in");

    private static CalendarYearMissingException? FindCalendarMissing(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is CalendarYearMissingException missing)
            {
                return missing;
            }
        }

        return null;
    }

    private static string Describe(Exception exception) => exception.GetType().Name switch
    {
        "StatementsCountOverflowException" => "statement limit reached",
        "MemoryLimitExceededException" => "memory limit reached",
        "RecursionDepthOverflowException" => "recursion limit reached",
        "TimeoutException" => "time limit reached",
        _ => "evaluation failed",
    };
}
