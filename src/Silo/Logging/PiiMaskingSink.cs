using Serilog.Core;
using Serilog.Events;
using Serilog.Parsing;

namespace CaseFlow.Silo.Logging;

/// <summary>
/// Wraps the node's sinks and masks what the property enricher cannot reach: the rendered text of a logged exception
/// and the literal text of a message template.
/// </summary>
/// <remarks>
/// <see cref="PiiMaskingEnricher"/> rewrites properties, but an event's exception is read-only and is rendered from
/// its own text (a database error quoting a duplicate value, say), and a message built by string interpolation
/// carries its values in the template itself. Events that hold neither pass through unchanged.
/// </remarks>
public sealed class PiiMaskingSink(ILogEventSink inner) : ILogEventSink, IDisposable, IAsyncDisposable
{
    private static readonly MessageTemplateParser Parser = new();

    public void Emit(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        var exception = logEvent.Exception is { } original ? MaskedException.For(original) : null;
        var text = logEvent.MessageTemplate.Text;
        var maskedText = PiiMaskingEnricher.MaskText(text);
        if (ReferenceEquals(exception, logEvent.Exception) && maskedText == text)
        {
            inner.Emit(logEvent);
            return;
        }

        var template = maskedText == text ? logEvent.MessageTemplate : Parser.Parse(maskedText);
        inner.Emit(new LogEvent(
            logEvent.Timestamp,
            logEvent.Level,
            exception,
            template,
            logEvent.Properties.Select(p => new LogEventProperty(p.Key, p.Value)),
            logEvent.TraceId ?? default,
            logEvent.SpanId ?? default));
    }

    public void Dispose() => (inner as IDisposable)?.Dispose();

    public ValueTask DisposeAsync() => inner is IAsyncDisposable async ? async.DisposeAsync() : ValueTask.CompletedTask;
}
