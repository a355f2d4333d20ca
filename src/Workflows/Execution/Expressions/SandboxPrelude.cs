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
          // Captured before variables become globals: a variable may be named Date, JSON or Object without breaking the built-ins.
          const D = Date, stringify = JSON.stringify, parse = JSON.parse, keys = Object.keys, freezeObject = Object.freeze;
          const isFrozen = Object.isFrozen, defineProperty = Object.defineProperty, isArray = Array.isArray;
          const isFiniteNumber = Number.isFinite, isInteger = Number.isInteger, isSafeInteger = Number.isSafeInteger;
          const isNaNNumber = Number.isNaN, Str = String, hasOwn = Object.prototype.hasOwnProperty;
          const host = {
            parseDate: g.__hostParseDate, addDuration: g.__hostAddDuration, addWorkdays: g.__hostAddWorkdays,
            isWorkday: g.__hostIsWorkday, workdaysBetween: g.__hostWorkdaysBetween,
          };
          const define = (target, name, value) =>
            defineProperty(target, name, { value: value, writable: false, enumerable: false, configurable: false });
          const freeze = (v) => {
            if (v !== null && typeof v === 'object' && !isFrozen(v)) {
              freezeObject(v);
              for (const k of keys(v)) { freeze(v[k]); }
            }
            return v;
          };
          const vars = parse(g.__hostVariables);
          const facts = parse(g.__hostFacts);
          const has = (name) => hasOwn.call(vars, name);
          const toDate = (dt) => {
            if (dt instanceof D) { return dt; }
            if (typeof dt === 'string' || typeof dt === 'number') {
              const d = new D(host.parseDate(Str(dt)));
              if (isNaNNumber(d.getTime())) { throw new TypeError('not a date-time: ' + typeof dt); }
              return d;
            }
            throw new TypeError('a date-time is required');
          };
          const isEmpty = (x) => x === null || x === undefined || x === '' ||
            (isArray(x) && x.length === 0) ||
            (typeof x === 'object' && !(x instanceof D) && keys(x).length === 0);
          define(g, 'has', has);
          define(g, 'get', (name, fallback) => has(name) ? vars[name] : (fallback === undefined ? null : fallback));
          define(g, 'empty', isEmpty);
          define(g, 'now', () => new D());
          define(g, 'today', () => { const d = new D(); return new D(d.getFullYear(), d.getMonth(), d.getDate()); });
          define(g, 'date', (iso) => toDate(iso));
          define(g, 'startOfDay', (dt) => { const d = toDate(dt); return new D(d.getFullYear(), d.getMonth(), d.getDate()); });
          define(g, 'endOfDay', (dt) => { const d = toDate(dt); return new D(d.getFullYear(), d.getMonth(), d.getDate(), 23, 59, 59, 999); });
          define(g, 'sameInstant', (a, b) => toDate(a).getTime() === toDate(b).getTime());
          define(g, 'addDays', (dt, n) => { const d = new D(toDate(dt).getTime()); d.setDate(d.getDate() + n); return d; });
          define(g, 'addDuration', (dt, iso) => new D(host.addDuration(toDate(dt).getTime(), Str(iso))));
          define(g, 'addWorkdays', (dt, n) => new D(host.addWorkdays(toDate(dt).getTime(), n)));
          define(g, 'isWorkday', (dt) => host.isWorkday(toDate(dt).getTime()));
          define(g, 'workdaysBetween', (a, b) => host.workdaysBetween(toDate(a).getTime(), toDate(b).getTime()));
          define(g, 'execution', freeze({
            processInstanceId: facts.instanceId,
            processBusinessKey: facts.businessKey,
            currentActivityId: facts.elementId,
            getVariable: (name) => has(name) ? vars[name] : null,
            setVariable: g.setVariable,
            setVariableLocal: g.setVariableLocal,
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
              if (!isFiniteNumber(v)) { throw new TypeError('the result holds ' + v); }
              if (isInteger(v) && !isSafeInteger(v)) { throw new TypeError('the result holds an integer beyond 2^53-1'); }
              return;
            }
            if (v instanceof D) { return; }
            if (typeof v === 'object') {
              if (seen.includes(v)) { throw new TypeError('the result is cyclic'); }
              seen.push(v);
              for (const k of keys(v)) { check(v[k], seen); }
              seen.pop();
              return;
            }
            throw new TypeError('a result of type ' + typeof v + ' cannot be stored');
          };
          define(g, '__result', (v) => {
            if (v === undefined || v === null) { return '{"k":"json","v":null}'; }
            if (v instanceof D) {
              if (isNaNNumber(v.getTime())) { throw new TypeError('the result is an invalid Date'); }
              return stringify({ k: 'date', v: v.getTime() });
            }
            check(v, []);
            return stringify({ k: 'json', v: v });
          });
          // Last, so a variable that shadows a standard global cannot disturb the set-up above.
          for (const name of keys(vars)) { define(g, name, freeze(vars[name])); }
        })(globalThis);
        """;
}
