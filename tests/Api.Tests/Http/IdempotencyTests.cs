using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Http;

/// <summary>POST with an Idempotency-Key: a repeat returns the first response and causes no second effect.</summary>
public abstract class IdempotencyTests<TNode>(TNode node) : IClassFixture<TNode>
    where TNode : NodeFixture
{
    [Fact]
    public async Task Same_key_and_body_twice_registers_once_and_replays_the_first_response()
    {
        var key = Guid.NewGuid().ToString("N");
        var body = TestPersons.Request(900, "幂等", "610921.06", "610921.06.004");

        using var first = await PostAsync(body, key);
        using var second = await PostAsync(body, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.True(second.Headers.TryGetValues("Idempotent-Replayed", out var replayed) && replayed.Single() == "true");
        await node.Factory.WaitForReadModelAsync();
        var page = await node.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/persons?village=610921.06.004", UriKind.Relative));
        Assert.Equal(1, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Same_key_with_a_different_body_is_422_and_changes_nothing()
    {
        var key = Guid.NewGuid().ToString("N");
        using var first = await PostAsync(TestPersons.Request(901, "幂等甲", "610921.06", "610921.06.005"), key);
        using var second = await PostAsync(TestPersons.Request(902, "幂等乙", "610921.06", "610921.06.005"), key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
        var problem = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("IDEMPOTENCY_KEY_REUSED", problem.GetProperty("code").GetString());
        await node.Factory.WaitForReadModelAsync();
        var page = await node.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/persons?village=610921.06.005", UriKind.Relative));
        Assert.Equal(1, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_refused_request_is_replayed_too_and_a_bad_key_is_400()
    {
        var key = Guid.NewGuid().ToString("N");
        var invalid = new { name = "无证号", townCode = "610921.06", villageCode = "610921.06.006" };
        using var first = await PostAsync(invalid, key);
        using var second = await PostAsync(invalid, key);
        using var badKey = await PostAsync(invalid, "has space");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
        Assert.True(second.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(HttpStatusCode.BadRequest, badKey.StatusCode);
    }

    private async Task<HttpResponseMessage> PostAsync(object body, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/persons", UriKind.Relative))
        {
            Content = JsonContent.Create(body),
        };
        request.Headers.Add("Idempotency-Key", key);
        return await node.Client.SendAsync(request);
    }
}
