namespace CaseFlow.Workflows.Execution.Expressions;

/// <summary>The JavaScript run before <see cref="SandboxPrelude"/> in a script realm: buffered writes and <c>bpmnError</c> (R64).</summary>
/// <remarks>
/// Writes are only recorded here, each value converted by <c>__result</c> at call time (so a bad value fails the
/// script where it is written); the host applies them only when the script ends normally. <c>bpmnError</c> throws a
/// marker error; the host asks <c>__scriptOutcome</c> whether the exception that ended the script is that marker, so a
/// script that catches its own <c>bpmnError</c> and ends normally throws nothing.
/// </remarks>
internal static class ScriptPrelude
{
    public const string Source = """
        (function (g) {
          'use strict';
          const stringify = JSON.stringify, Str = String, Err = Error;
          const writes = [];
          let raised = null;
          const define = (name, value) =>
            Object.defineProperty(g, name, { value: value, writable: false, enumerable: false, configurable: false });
          const record = (local) => (name, value) => {
            if (typeof name !== 'string') { throw new TypeError('a variable name must be a string'); }
            writes.push([name, g.__result(value), local]);
          };
          define('setVariable', record(false));
          define('setVariableLocal', record(true));
          define('bpmnError', (code, message) => {
            const signal = new Err('bpmnError ' + Str(code));
            raised = { signal: signal, code: Str(code), message: message === undefined || message === null ? null : Str(message) };
            throw signal;
          });
          define('__scriptOutcome', (thrown) => stringify({
            writes: writes,
            error: raised !== null && raised.signal === thrown ? { code: raised.code, message: raised.message } : null,
          }));
        })(globalThis);
        """;
}
