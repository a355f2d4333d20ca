using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Api.Webhooks;
using CaseFlow.Grains.Identity;

namespace CaseFlow.Api.Tests.Notifications;

/// <summary>Webhook subscriptions end to end: an admin subscribes a local receiver, work happens, a signed event arrives.</summary>
public abstract class WebhooksApiTests<TNode>(TNode node) : IClassFixture<TNode>
    where TNode : NodeFixture
{
    private const string Secret = "shared-secret-for-the-sms-gateway";
    private readonly WorkStarter _work = new(node);

    private static Uri Url(string path) => new(path, UriKind.Relative);

    [Fact(DisplayName = "A subscribed receiver gets each new task as a signed event; admins see it delivered; secrets never come back")]
    public async Task Subscribed_receiver_gets_signed_events()
    {
        using var receiver = new LocalWebhookReceiver();
        using var admin = await node.Factory.CreateClientAsAsync(Roles.Admin);
        using var created = await admin.PostAsJsonAsync(Url("/api/admin/webhooks"), new
        {
            url = receiver.Url, secret = Secret, kinds = new[] { "taskAvailable" }, description = "短信网关",
        });
        var createdText = await created.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var webhookId = JsonDocument.Parse(createdText).RootElement.GetProperty("id").GetString();

        var instanceId = await _work.StartHomeVisitAsync();

        var received = await receiver.NextAsync(TimeSpan.FromSeconds(20));
        Assert.True(WebhookSignature.Verify(Secret, received.Body, received.Headers[WebhookSignature.Header]));
        var body = JsonDocument.Parse(received.Body).RootElement;
        Assert.Equal("taskAvailable", body.GetProperty("kind").GetString());
        Assert.Equal(instanceId, body.GetProperty("instanceId").GetString());
        Assert.Equal(["caseworker.chengguan"], body.GetProperty("recipients").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(body.GetProperty("id").GetString(), received.Headers[WebhookDispatcher.DeliveryHeader]);

        var delivered = await EventuallyAsync(async () =>
        {
            var page = await admin.GetFromJsonAsync<JsonElement>(Url($"/api/admin/webhooks/{webhookId}/deliveries?status=delivered"));
            return page.GetProperty("items").EnumerateArray().Any(d => d.GetProperty("eventId").GetString() == body.GetProperty("id").GetString());
        });
        Assert.True(delivered, "the delivery was not recorded as delivered");

        var list = await admin.GetStringAsync(Url("/api/admin/webhooks"));
        Assert.DoesNotContain(Secret, createdText, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, list, StringComparison.Ordinal);
        Assert.Contains(webhookId!, list, StringComparison.Ordinal);

        using var deleted = await admin.DeleteAsync(Url($"/api/admin/webhooks/{webhookId}"));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        var after = await admin.GetFromJsonAsync<JsonElement>(Url($"/api/admin/webhooks/{webhookId}"));
        Assert.False(after.GetProperty("active").GetBoolean());
    }

    [Fact(DisplayName = "A subscription with a bad URL, a short secret and an unknown kind is 422 naming each field")]
    public async Task Invalid_subscription_names_each_field()
    {
        using var admin = await node.Factory.CreateClientAsAsync(Roles.Admin);

        using var response = await admin.PostAsJsonAsync(Url("/api/admin/webhooks"), new { url = "ftp://example/x", secret = "short", kinds = new[] { "everything" } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("url", out _));
        Assert.True(errors.TryGetProperty("secret", out _));
        Assert.True(errors.TryGetProperty("kinds", out _));
        using var missing = await admin.GetAsync(Url("/api/admin/webhooks/W-none/deliveries"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var badStatus = await admin.GetAsync(Url("/api/admin/webhooks/W-none/deliveries?status=lost"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badStatus.StatusCode);
        using var noRetry = await admin.PostAsync(Url("/api/admin/webhooks/W-none/deliveries/1/retry"), null);
        Assert.Equal(HttpStatusCode.NotFound, noRetry.StatusCode);
    }

    [Fact(DisplayName = "Only admins manage webhooks")]
    public async Task Only_admins_manage_webhooks()
    {
        using var supervisorList = await node.Client.GetAsync(Url("/api/admin/webhooks"));
        using var anonymousList = await node.Anonymous.GetAsync(Url("/api/admin/webhooks"));

        Assert.Equal(HttpStatusCode.Forbidden, supervisorList.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousList.StatusCode);
    }

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!await condition())
        {
            if (deadline.IsCancellationRequested)
            {
                return false;
            }

            // Polls the node's real clock: the dispatcher records the delivery just after the receiver answers.
            await Task.Delay(TimeSpan.FromMilliseconds(50), CancellationToken.None);
        }

        return true;
    }
}
