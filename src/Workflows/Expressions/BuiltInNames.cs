namespace CaseFlow.Workflows.Expressions;

/// <summary>The names expressions and scripts may call (BPMN.md §4.1, R76, R77).</summary>
/// <remarks>
/// Variables hold data, never functions, so a call to any other bare name can only fail at run time; naming it at
/// deploy (BPMN301) turns a late incident into an early, precise diagnostic. <c>eval</c>, <c>Function</c> and CLR
/// access are absent on purpose (R76).
/// </remarks>
public static class BuiltInNames
{
    /// <summary>The §4.1 functions available to every expression and script.</summary>
    public static IReadOnlySet<string> ExpressionFunctions { get; } = Set(
        "now", "today", "date", "addDuration", "addDays", "addWorkdays", "isWorkday", "workdaysBetween",
        "startOfDay", "endOfDay", "sameInstant", "has", "get", "empty");

    /// <summary>Functions scripts get in addition (R64).</summary>
    public static IReadOnlySet<string> ScriptFunctions { get; } = Set("setVariable", "setVariableLocal", "bpmnError");

    /// <summary>Standard JavaScript global functions that are harmless in the sandbox.</summary>
    public static IReadOnlySet<string> JavaScriptFunctions { get; } = Set(
        "parseInt", "parseFloat", "isNaN", "isFinite", "Number", "String", "Boolean", "Array", "Object", "Date",
        "encodeURIComponent", "decodeURIComponent", "encodeURI", "decodeURI");

    /// <summary>Standard JavaScript namespaces and constructors whose static members may be called.</summary>
    public static IReadOnlySet<string> JavaScriptObjects { get; } = Set(
        "Math", "JSON", "Object", "Array", "Number", "String", "Date", "Boolean");

    /// <summary>Names that are never callable, even though JavaScript knows them (R76).</summary>
    public static IReadOnlySet<string> Forbidden { get; } = Set("eval", "Function");

    /// <summary>Methods of the <c>execution</c> object in expressions (R77).</summary>
    public static IReadOnlySet<string> ExecutionMethods { get; } = Set("getVariable");

    /// <summary>Methods of the <c>execution</c> object in scripts (R64, R77).</summary>
    public static IReadOnlySet<string> ExecutionScriptMethods { get; } = Set("getVariable", "setVariable", "setVariableLocal");

    /// <summary>Methods of the listener <c>task</c> object; its fields are plain properties (§4.1).</summary>
    public static IReadOnlySet<string> TaskMethods { get; } = Set("getVariable");

    /// <summary>
    /// Methods of the values a variable can hold (string, number, boolean, date, array, object) plus the sandbox
    /// additions <c>equals</c>, <c>isEmpty</c>, <c>size</c> and <c>contains</c>: anything else on a variable is a
    /// bean call that cannot work (R77).
    /// </summary>
    public static IReadOnlySet<string> ValueMethods { get; } = Set(
        // Sandbox additions.
        "equals", "isEmpty", "size", "contains",
        // String.prototype.
        "at", "charAt", "charCodeAt", "codePointAt", "concat", "endsWith", "includes", "indexOf", "lastIndexOf",
        "localeCompare", "match", "matchAll", "normalize", "padEnd", "padStart", "repeat", "replace", "replaceAll",
        "search", "slice", "split", "startsWith", "substring", "substr", "toLowerCase", "toUpperCase",
        "toLocaleLowerCase", "toLocaleUpperCase", "trim", "trimStart", "trimEnd", "toString", "valueOf",
        // Array.prototype.
        "every", "some", "filter", "find", "findIndex", "findLast", "findLastIndex", "flat", "flatMap", "forEach",
        "join", "keys", "values", "entries", "map", "reduce", "reduceRight", "toSorted", "toReversed", "with",
        // Number.prototype.
        "toFixed", "toPrecision", "toExponential", "toLocaleString",
        // Date.prototype.
        "getTime", "getFullYear", "getMonth", "getDate", "getDay", "getHours", "getMinutes", "getSeconds",
        "getMilliseconds", "getTimezoneOffset", "getUTCFullYear", "getUTCMonth", "getUTCDate", "getUTCDay",
        "getUTCHours", "getUTCMinutes", "getUTCSeconds", "getUTCMilliseconds", "toISOString", "toJSON",
        "toDateString", "toTimeString", "toLocaleDateString", "toLocaleTimeString",
        // Object.prototype.
        "hasOwnProperty");

    /// <summary>Every built-in name; none of them can name a variable (R77).</summary>
    public static IReadOnlySet<string> Reserved { get; } = Set(
        [.. ExpressionFunctions, .. ScriptFunctions, .. JuelTranslator.OperatorWords, "execution", "task"]);

    private static HashSet<string> Set(params string[] names) => new(names, StringComparer.Ordinal);
}
