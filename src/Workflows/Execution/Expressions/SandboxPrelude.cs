namespace CaseFlow.Workflows.Execution.Expressions;

/// <summary>The JavaScript that turns a fresh Jint realm into the expression sandbox of R76/R77 and §4.1.</summary>
/// <remarks>
/// It runs first in every realm: variables become read-only, deep-frozen globals; the built-ins are non-writable;
/// <c>Math.random</c> throws. Host helpers (<c>__host*</c>) only take and return numbers and strings, so no CLR object
/// reaches the script. <c>__result</c> applies R79 inside the realm, where a <c>Date</c> or a cycle can be recognised,
/// and hands the host a JSON string.
/// </remarks>
internal static class SandboxPrelude
{
    public const string Source = """
        (function (g) {
          'use strict';
          const define = (target, name, value) =>
            Object.defineProperty(target, name, { value: value, writable: false, enumerable: false, configurable: false });
          const freeze = (v) => {
            if (v !== null && typeof v === 'object' && !Object.isFrozen(v)) {
              Object.freeze(v);
              for (const k of Object.keys(v)) { freeze(v[k]); }
            }
            return v;
          };
          const vars = JSON.parse(g.__hostVariables);
          const facts = JSON.parse(g.__hostFacts);
          for (const name of Object.keys(vars)) { define(g, name, freeze(vars[name])); }
          const has = (name) => Object.prototype.hasOwnProperty.call(vars, name);
          const toDate = (dt) => {
            if (dt instanceof Date) { return dt; }
            if (typeof dt === 'string' || typeof dt === 'number') {
              const d = new Date(g.__hostParseDate(String(dt)));
              if (isNaN(d.getTime())) { throw new TypeError('not a date-time: ' + typeof dt); }
              return d;
            }
            throw new TypeError('a date-time is required');
          };
          const isEmpty = (x) => x === null || x === undefined || x === '' ||
            (Array.isArray(x) && x.length === 0) ||
            (typeof x === 'object' && !(x instanceof Date) && Object.keys(x).length === 0);
          define(g, 'has', has);
          define(g, 'get', (name, fallback) => has(name) ? vars[name] : (fallback === undefined ? null : fallback));
          define(g, 'empty', isEmpty);
          define(g, 'now', () => new Date());
          define(g, 'today', () => { const d = new Date(); return new Date(d.getFullYear(), d.getMonth(), d.getDate()); });
          define(g, 'date', (iso) => toDate(iso));
          define(g, 'startOfDay', (dt) => { const d = toDate(dt); return new Date(d.getFullYear(), d.getMonth(), d.getDate()); });
          define(g, 'endOfDay', (dt) => { const d = toDate(dt); return new Date(d.getFullYear(), d.getMonth(), d.getDate(), 23, 59, 59, 999); });
          define(g, 'sameInstant', (a, b) => toDate(a).getTime() === toDate(b).getTime());
          define(g, 'addDays', (dt, n) => { const d = new Date(toDate(dt).getTime()); d.setDate(d.getDate() + n); return d; });
          define(g, 'addDuration', (dt, iso) => new Date(g.__hostAddDuration(toDate(dt).getTime(), String(iso))));
          define(g, 'addWorkdays', (dt, n) => new Date(g.__hostAddWorkdays(toDate(dt).getTime(), n)));
          define(g, 'isWorkday', (dt) => g.__hostIsWorkday(toDate(dt).getTime()));
          define(g, 'workdaysBetween', (a, b) => g.__hostWorkdaysBetween(toDate(a).getTime(), toDate(b).getTime()));
          define(g, 'execution', freeze({
            processInstanceId: facts.instanceId,
            processBusinessKey: facts.businessKey,
            currentActivityId: facts.elementId,
            getVariable: (name) => has(name) ? vars[name] : null,
          }));
          define(Math, 'random', () => { throw new Error('Math.random is not available: expressions are deterministic'); });
          for (const proto of [String.prototype, Array.prototype]) {
            define(proto, 'equals', function (other) { return this == other; });
            define(proto, 'isEmpty', function () { return this.length === 0; });
            define(proto, 'size', function () { return this.length; });
            define(proto, 'contains', function (x) { return this.includes(x); });
          }
          const check = (v, seen) => {
            if (v === null || typeof v === 'string' || typeof v === 'boolean') { return; }
            if (typeof v === 'number') {
              if (!Number.isFinite(v)) { throw new TypeError('the result holds ' + v); }
              if (Number.isInteger(v) && !Number.isSafeInteger(v)) { throw new TypeError('the result holds an integer beyond 2^53-1'); }
              return;
            }
            if (v instanceof Date) { return; }
            if (typeof v === 'object') {
              if (seen.includes(v)) { throw new TypeError('the result is cyclic'); }
              seen.push(v);
              for (const k of Object.keys(v)) { check(v[k], seen); }
              seen.pop();
              return;
            }
            throw new TypeError('a result of type ' + typeof v + ' cannot be stored');
          };
          define(g, '__result', (v) => {
            if (v === undefined || v === null) { return '{"k":"json","v":null}'; }
            if (v instanceof Date) {
              if (isNaN(v.getTime())) { throw new TypeError('the result is an invalid Date'); }
              return JSON.stringify({ k: 'date', v: v.getTime() });
            }
            check(v, []);
            return JSON.stringify({ k: 'json', v: v });
          });
        })(globalThis);
        """;
}
