using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Grains.Identity;

namespace CaseFlow.Api.Tests.Auth;

/// <summary>Five failed sign-ins lock an account, even against the right password; the token endpoint is rate-limited.</summary>
public sealed class LockoutTests
{
    [Fact]
    public async Task Five_failures_lock_the_account_and_the_right_password_is_then_refused()
    {
        await using var factory = CaseFlowApiFactory.Sqlite();
        using var client = factory.CreateClient();

        // Act: four failures are plain 401s; the fifth locks.
        for (var i = 1; i <= 4; i++)
        {
            Assert.Equal(("INVALID_CREDENTIALS", HttpStatusCode.Unauthorized), await SignInAsync(client, "petition", "wrong-" + i));
        }

        Assert.Equal(("ACCOUNT_LOCKED", HttpStatusCode.Locked), await SignInAsync(client, "petition", "wrong-5"));

        // Assert: locked against the right password too; other accounts are unaffected.
        Assert.Equal(("ACCOUNT_LOCKED", HttpStatusCode.Locked), await SignInAsync(client, "petition", DemoUsers.Password));
        Assert.Equal(("OK", HttpStatusCode.OK), await SignInAsync(client, "director", DemoUsers.Password));
    }

    [Fact]
    public async Task A_success_resets_the_failure_count()
    {
        await using var factory = CaseFlowApiFactory.Sqlite();
        using var client = factory.CreateClient();

        for (var i = 0; i < 4; i++)
        {
            await SignInAsync(client, "assessor", "wrong");
        }

        Assert.Equal(("OK", HttpStatusCode.OK), await SignInAsync(client, "assessor", DemoUsers.Password));
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(("INVALID_CREDENTIALS", HttpStatusCode.Unauthorized), await SignInAsync(client, "assessor", "wrong"));
        }
    }

    [Fact]
    public async Task Token_endpoint_is_rate_limited_per_client()
    {
        await using var factory = CaseFlowApiFactory.Sqlite(new Dictionary<string, string?> { ["Auth:TokenRequestsPerMinute"] = "3" });
        using var client = factory.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(client, "nobody", "x")).Status);
        }

        Assert.Equal(("RATE_LIMITED", HttpStatusCode.TooManyRequests), await SignInAsync(client, "supervisor", DemoUsers.Password));
    }

    [Fact]
    public async Task Writes_are_rate_limited_per_user_and_reads_are_not()
    {
        await using var factory = CaseFlowApiFactory.Sqlite(new Dictionary<string, string?> { ["Auth:WritesPerMinute"] = "3" });
        using var supervisor = await factory.CreateClientAsAsync(Roles.Supervisor);
        using var caseworker = await factory.CreateClientAsAsync(Roles.Caseworker);

        for (var i = 0; i < 3; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await PostEmptyPersonAsync(supervisor)).StatusCode);
        }

        using var limited = await PostEmptyPersonAsync(supervisor);
        var problem = await limited.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((HttpStatusCode.TooManyRequests, "RATE_LIMITED"), (limited.StatusCode, problem.GetProperty("code").GetString()));
        using var read = await supervisor.GetAsync(new Uri("/api/persons", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        using var otherUser = await PostEmptyPersonAsync(caseworker);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, otherUser.StatusCode);

        // The refused write is in the audit log: the limiter runs inside it.
        using var director = await factory.CreateClientAsAsync(Roles.Director);
        var audit = await director.GetFromJsonAsync<JsonElement>(new Uri("/api/audit?actor=supervisor&method=POST", UriKind.Relative));
        Assert.Contains(audit.GetProperty("items").EnumerateArray(),
            e => e.GetProperty("route").GetString() == "/api/persons" && e.GetProperty("status").GetInt32() == 429);
    }

    private static Task<HttpResponseMessage> PostEmptyPersonAsync(HttpClient client) =>
        client.PostAsJsonAsync(new Uri("/api/persons", UriKind.Relative), new { });

    private static async Task<(string Code, HttpStatusCode Status)> SignInAsync(HttpClient client, string login, string password)
    {
        using var response = await client.PostAsJsonAsync(new Uri("/api/auth/token", UriKind.Relative), new { login, password });
        if (response.IsSuccessStatusCode)
        {
            return ("OK", response.StatusCode);
        }

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (problem.GetProperty("code").GetString()!, response.StatusCode);
    }
}
