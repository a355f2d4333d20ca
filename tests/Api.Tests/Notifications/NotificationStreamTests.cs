using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Grains.Identity;

namespace CaseFlow.Api.Tests.Notifications;

/// <summary>The live stream over Server-Sent Events: delivery, heartbeats, resuming, and a query token that goes nowhere else.</summary>
public abstract class NotificationStreamTests<TNode>(TNode node) : IClassFixture<TNode>
    where TNode : NodeFixture
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    private readonly WorkStarter _work = new(node);

    [Fact(DisplayName = "An EventSource-style stream authenticated by access_token gets the new notification, heartbeats, and resumes after Last-Event-ID")]
    public async Task Stream_delivers_heartbeats_and_resumes()
    {
        using var client = node.Factory.CreateClient();
        var token = await node.Factory.TokenForAsync(Roles.Caseworker, client);

        // Open as a browser would: no Authorization header, the token in the query.
        using var response = await client.GetAsync(new Uri("/api/notifications/stream?access_token=" + token, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var stream = new SseReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal(["retry: 3000"], await stream.NextBlockAsync(Wait));
        Assert.Equal([": heartbeat"], await stream.NextBlockAsync(Wait));

        var instanceId = await _work.StartHomeVisitAsync();

        var (id, name, data) = await stream.NextEventAsync(Wait);
        Assert.Equal("notification", name);
        var notification = JsonDocument.Parse(data).RootElement;
        Assert.Equal(id, notification.GetProperty("id").GetInt64());
        Assert.Equal(instanceId, notification.GetProperty("instanceId").GetString());
        Assert.Equal("taskAvailable", notification.GetProperty("kind").GetString());

        // Reconnecting with the last id seen before it replays it; the header form of the token works too.
        using var resume = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/notifications/stream", UriKind.Relative));
        resume.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        resume.Headers.Add("Last-Event-ID", (id - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var resumed = await client.SendAsync(resume, HttpCompletionOption.ResponseHeadersRead);
        using var again = new SseReader(await resumed.Content.ReadAsStreamAsync());
        Assert.Equal(id, (await again.NextEventAsync(Wait)).Id);
    }

    [Fact(DisplayName = "The stream's query token reaches neither the audit log nor the log files, and works on no other path")]
    public async Task Query_token_is_confined_to_the_stream()
    {
        using var client = node.Factory.CreateClient();
        var token = await node.Factory.TokenForAsync(Roles.Caseworker, client);
        var signature = token.Split('.')[2];

        using (var response = await client.GetAsync(new Uri("/api/notifications/stream?access_token=" + token, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead))
        using (var stream = new SseReader(await response.Content.ReadAsStreamAsync()))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await stream.NextBlockAsync(Wait);
        }

        using var elsewhere = await client.GetAsync(new Uri("/api/notifications?access_token=" + token, UriKind.Relative));
        using var anonymous = await client.GetAsync(new Uri("/api/notifications/stream", UriKind.Relative));
        using var badResume = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/notifications/stream", UriKind.Relative));
        badResume.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        badResume.Headers.TryAddWithoutValidation("Last-Event-ID", "yesterday");
        using var badResumeResponse = await client.SendAsync(badResume);
        Assert.Equal(HttpStatusCode.Unauthorized, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badResumeResponse.StatusCode);

        // The stream request itself is audited, by route template only, once the node has noticed the client left.
        using var director = await node.Factory.CreateClientAsAsync(Roles.Director);
        var audit = string.Empty;
        using (var deadline = new CancellationTokenSource(Wait))
        {
            while (!audit.Contains("/api/notifications/stream", StringComparison.Ordinal))
            {
                Assert.False(deadline.IsCancellationRequested, "the closed stream was never audited");
                await Task.Delay(TimeSpan.FromMilliseconds(50), CancellationToken.None);
                audit = await director.GetStringAsync(new Uri("/api/audit?actor=caseworker.chengguan&pageSize=200", UriKind.Relative));
            }
        }

        Assert.DoesNotContain(signature, audit, StringComparison.Ordinal);
        Assert.DoesNotContain("access_token", audit, StringComparison.Ordinal);

        // Whatever the node logged about those requests (the test node also turns on ASP.NET Core's request-start line,
        // which carries the raw query), no token value is in it.
        var logs = node.Factory.ReadLogs();
        Assert.DoesNotContain(signature, logs, StringComparison.Ordinal);
        Assert.DoesNotMatch("access_token=(?!\\*\\*\\*)", logs);
    }
}
