using CaseFlow.Api.Petitions;
using CaseFlow.Grains.Contracts.CaseFiles;
using CaseFlow.Grains.Contracts.Persons;
using CaseFlow.Grains.Contracts.Petitions;
using CaseFlow.Silo.Logging;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

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

    [Fact]
    public void Case_file_and_petition_records_are_destructured_to_their_internal_ids_only()
    {
        var (logger, sink) = CreateLogger();
        var problem = new ProblemRecord("PR1", new DateOnly(2026, 3, 1), "V1", ProblemCategory.Rehabilitation, "精神分裂症，停药三个月",
            null, ProblemStatus.Open, null, null, null);
        var request = new RegisterPetitionRequest("李建国", "13912345678", "P9", "P8", PetitionChannel.Visit, PetitionItemType.ComplaintOrRequest,
            ProblemCategory.Rehabilitation, "反映补贴未发放", new DateOnly(2026, 3, 2), 1);

        logger.Information("Recorded {@Problem} after {@Petition}", problem, request);

        var rendered = Assert.Single(sink.Events).RenderMessage();
        Assert.Contains("PR1", rendered, StringComparison.Ordinal);
        Assert.Contains("P8", rendered, StringComparison.Ordinal);
        Assert.DoesNotContain("精神分裂症", rendered, StringComparison.Ordinal);
        Assert.DoesNotContain("李建国", rendered, StringComparison.Ordinal);
        Assert.DoesNotContain("13912345678", rendered, StringComparison.Ordinal);
        Assert.DoesNotContain("补贴", rendered, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rendered_exception_and_an_interpolated_message_are_masked()
    {
        var (logger, sink) = CreateLogger();
        var inner = new InvalidOperationException("duplicate key value (id_number)=(11010519491231002X)");
        var exception = new InvalidOperationException("could not register the petitioner 13912345678", inner);
        var idNumber = "110105194912310021";

        // Interpolation is wrong here on purpose: the value lands in the template text, not in a property.
#pragma warning disable CA2254 // The template is deliberately not constant: this is the mistake the sink guards against.
        logger.Error(exception, $"Registration of {idNumber} failed");
#pragma warning restore CA2254

        var logEvent = Assert.Single(sink.Events);
        using var output = new StringWriter();
        new MessageTemplateTextFormatter("{Message:lj}{NewLine}{Exception}").Format(logEvent, output);
        var rendered = output.ToString();
        Assert.DoesNotContain("11010519491231002X", rendered, StringComparison.Ordinal);
        Assert.DoesNotContain("110105194912310021", rendered, StringComparison.Ordinal);
        Assert.DoesNotContain("13912345678", rendered, StringComparison.Ordinal);
        Assert.Contains("1101**********002X", rendered, StringComparison.Ordinal);
        Assert.Contains("139****5678", rendered, StringComparison.Ordinal);
        Assert.Contains("duplicate key value", rendered, StringComparison.Ordinal);
        Assert.Contains(nameof(InvalidOperationException), rendered, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_with_nothing_to_mask_reaches_the_sink_unchanged()
    {
        var (logger, sink) = CreateLogger();
        var exception = new InvalidOperationException("plain failure");

        logger.Error(exception, "Nothing personal in {Count} items", 3);

        Assert.Same(exception, Assert.Single(sink.Events).Exception);
    }

    private static (ILogger Logger, CollectingSink Sink) CreateLogger()
    {
        var sink = new CollectingSink();
        var logger = new LoggerConfiguration()
            .Destructure.With<PiiDestructuringPolicy>()
            .Enrich.With<PiiMaskingEnricher>()
            .WriteTo.Sink(new PiiMaskingSink(sink))
            .CreateLogger();
        return (logger, sink);
    }

    private sealed class CollectingSink : ILogEventSink
    {
        public List<LogEvent> Events { get; } = [];

        public void Emit(LogEvent logEvent) => Events.Add(logEvent);
    }
}
