using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using CaseFlow.Workflows.Execution.State;
using Jint;
using Jint.Native;
using Jint.Runtime;
using JsEngine = Jint.Engine;

namespace CaseFlow.Workflows.Execution.Expressions;

internal sealed partial class ExpressionEvaluator
{
    private static readonly Prepared<Acornima.Ast.Script> ScriptPreludeScript = JsEngine.PrepareScript(ScriptPrelude.Source);

    /// <summary>Runs a script task's script in a fresh script realm (R64, R76); never throws.</summary>
    public ScriptOutcome RunScript(string source, ExpressionScope scope, DateTimeOffset now)
    {
        JsEngine? engine = null;
        try
        {
            engine = CreateEngine(scope, now, forScript: true);
            var completion = engine.Evaluate(source);
            var result = Convert(engine.Invoke("__result", completion).AsString());
            return Outcome(engine, JsValue.Undefined) with { Result = result };
        }
        catch (Exception exception) when (FindCalendarMissing(exception) is { } missing)
        {
            return ScriptOutcome.Failed($"no working-day calendar for {missing.Year.ToString(CultureInfo.InvariantCulture)}", IncidentTypes.CalendarMissing);
        }
        catch (JavaScriptException exception) when (engine is not null && Outcome(engine, exception.Error) is { ErrorCode: not null } raised)
        {
            return raised with { Writes = [] };
        }
        catch (JavaScriptException exception)
        {
            return ScriptOutcome.Failed(exception.Message, IncidentTypes.ScriptError);
        }
#pragma warning disable CA1031 // R78: no failure of a script may escape the step; each becomes an incident.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            // Only the wall clock depends on the machine: its own type tells the operator that a retry may pass (R64).
            var type = exception is TimeoutException ? IncidentTypes.ScriptTimeout : IncidentTypes.ScriptError;
            return ScriptOutcome.Failed($"{Describe(exception)}: {exception.Message}", type);
        }
    }

    private ScriptOutcome Outcome(JsEngine engine, JsValue thrown)
    {
        using var document = JsonDocument.Parse(engine.Invoke("__scriptOutcome", thrown).AsString());
        var root = document.RootElement;
        var writes = root.GetProperty("writes").EnumerateArray()
            .Select(write => new ScriptWrite(write[0].GetString()!, Convert(write[1].GetString()!), write[2].GetBoolean()))
            .ToImmutableList();
        var error = root.GetProperty("error");
        return error.ValueKind == JsonValueKind.Object
            ? new ScriptOutcome(default, writes, error.GetProperty("code").GetString(), error.GetProperty("message").GetString(), null, null)
            : new ScriptOutcome(default, writes, null, null, null, null);
    }

    /// <summary>Turns a <c>__result</c> JSON string into the stored value: a date-time becomes an ISO string with offset (R79).</summary>
    private JsonElement Convert(string json)
    {
        using var document = JsonDocument.Parse(json);
        var value = document.RootElement.GetProperty("v");
        if (document.RootElement.GetProperty("k").GetString() == "date")
        {
            var instant = TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeMilliseconds(value.GetInt64()), options.TimeZone);
            return JsonSerializer.SerializeToElement(FormatInstant(instant));
        }

        return value.Clone();
    }
}
