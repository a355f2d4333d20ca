using CaseFlow.Silo.Logging;
using Serilog.Events;
using Serilog.Parsing;

namespace CaseFlow.Api.Tests.Notifications;

/// <summary>The last defence for the stream's query token: any access_token value in a log property is masked.</summary>
public sealed class QueryTokenMaskingEnricherTests
{
    [Fact(DisplayName = "An access_token query value is masked in every string property; other parameters survive")]
    public void Masks_the_token_value_only()
    {
        var logEvent = new LogEvent(DateTimeOffset.UnixEpoch, LogEventLevel.Information, null, new MessageTemplateParser().Parse("{QueryString} {Path}"),
        [
            new LogEventProperty("QueryString", new ScalarValue("?lastEventId=4&access_token=eyJhbGciOi.eyJzdWIi.c2lnbmF0dXJl&x=1")),
            new LogEventProperty("Path", new ScalarValue("/api/notifications/stream")),
        ]);

        new QueryTokenMaskingEnricher().Enrich(logEvent, null!);

        Assert.Equal("?lastEventId=4&access_token=***&x=1", ((ScalarValue)logEvent.Properties["QueryString"]).Value);
        Assert.Equal("/api/notifications/stream", ((ScalarValue)logEvent.Properties["Path"]).Value);
        Assert.Equal("GET /x?ACCESS_TOKEN=*** HTTP/1.1", QueryTokenMaskingEnricher.Mask("GET /x?ACCESS_TOKEN=abc HTTP/1.1"));
    }
}
