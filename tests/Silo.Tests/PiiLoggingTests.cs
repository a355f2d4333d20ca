using CaseFlow.Grains.Contracts.Persons;
using CaseFlow.Silo.Logging;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace CaseFlow.Silo.Tests;

/// <summary>The logging pipeline masks ID numbers and phones wherever they appear, and never destructures a person.</summary>
public sealed class PiiLoggingTests
{
    [Theory]
    [InlineData("11010519491231002X", "1101**********002X")]
    [InlineData("id 110105194912310021 in text", "id 1101**********0021 in text")]
    [InlineData("legacy 130503670401001", "legacy 1305**********1001")]
    [InlineData("call 13800001234 now", "call 138****1234 now")]
    [InlineData("order 20260101000000000001", "order 20260101000000000001")]
    [InlineData("P01a22270890e7724822b170932dcc93e", "P01a22270890e7724822b170932dcc93e")]
    public void Text_is_masked_only_where_it_is_shaped_like_pii(string input, string expected)
    {
        Assert.Equal(expected, PiiMaskingEnricher.MaskText(input));
    }

    [Fact]
    public void Scalar_and_nested_properties_are_masked_before_rendering()
    {
        var (logger, sink) = CreateLogger();

        logger.Information("Looked up {IdNumber} with {Values}", "11010519491231002X", new[] { "13800001234", "plain" });

        var rendered = Assert.Single(sink.Events).RenderMessage();
        Assert.DoesNotContain("11010519491231002X", rendered, StringComparison.Ordinal);
        Assert.DoesNotContain("13800001234", rendered, StringComparison.Ordinal);
        Assert.Contains("1101**********002X", rendered, StringComparison.Ordinal);
        Assert.Contains("plain", rendered, StringComparison.Ordinal);
    }

    [Fact]
    public void A_person_is_destructured_to_its_internal_id_only()
    {
        var (logger, sink) = CreateLogger();
        var view = new PersonView("P123", "王秀兰", Gender.Female, new DateOnly(1949, 12, 31), "1101**********002X",
            "610921.01", "610921.01.001", "138****1234", null, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, 1);

        logger.Information("Read {@Person} as {Text}", view, view);

        var rendered = Assert.Single(sink.Events).RenderMessage();
        Assert.Contains("P123", rendered, StringComparison.Ordinal);
        Assert.DoesNotContain("王秀兰", rendered, StringComparison.Ordinal);
        Assert.DoesNotContain("610921.01.001", rendered, StringComparison.Ordinal);
    }

    private static (ILogger Logger, CollectingSink Sink) CreateLogger()
    {
        var sink = new CollectingSink();
        var logger = new LoggerConfiguration()
            .Destructure.With<PiiDestructuringPolicy>()
            .Enrich.With<PiiMaskingEnricher>()
            .WriteTo.Sink(sink)
            .CreateLogger();
        return (logger, sink);
    }

    private sealed class CollectingSink : ILogEventSink
    {
        public List<LogEvent> Events { get; } = [];

        public void Emit(LogEvent logEvent) => Events.Add(logEvent);
    }
}
