using System.Data.Common;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Api.Tests.Audit;

/// <summary>Who did what to whose case, and when: commands and reads land in the audit log, which only auditors read.</summary>
public abstract class AuditTests<TNode>(TNode node) : IClassFixture<TNode>
    where TNode : NodeFixture
{
    [Fact]
    public async Task A_caseworkers_register_and_read_are_audited_with_route_target_status_and_reason()
    {
        // Arrange
        using var caseworker = await node.Factory.CreateClientAsAsync("caseworker");
        using var director = await node.Factory.CreateClientAsAsync("director");

        // Act: register, then read the case file stating a reason.
        using var created = await caseworker.PostAsJsonAsync(new Uri("/api/persons", UriKind.Relative), TestPersons.Request(950, "审计", "610921.01", "610921.01.004"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        using var read = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/persons/{id}", UriKind.Relative));
        read.Headers.Add("X-CaseFlow-Reason", "home visit preparation");
        using var readResponse = await caseworker.SendAsync(read);
        Assert.Equal(HttpStatusCode.OK, readResponse.StatusCode);

        // Assert: the auditor finds both for that target, the registration named by the id it created.
        var page = await director.GetFromJsonAsync<JsonElement>(new Uri($"/api/audit?targetId={id}", UriKind.Relative));
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["GET", "POST"], items.Select(i => i.GetProperty("method").GetString()));
        var get = Assert.Single(items, i => i.GetProperty("method").GetString() == "GET");
        Assert.Equal("caseworker.chengguan", get.GetProperty("actor").GetString());
        Assert.Equal("/api/persons/{id}", get.GetProperty("route").GetString());
        Assert.Equal(200, get.GetProperty("status").GetInt32());
        Assert.Equal("home visit preparation", get.GetProperty("reason").GetString());
        Assert.Contains("caseworker", get.GetProperty("roles").GetString(), StringComparison.Ordinal);

        var byActor = await director.GetFromJsonAsync<JsonElement>(new Uri("/api/audit?actor=caseworker.chengguan&method=POST", UriKind.Relative));
        Assert.Contains(byActor.GetProperty("items").EnumerateArray(), i => i.GetProperty("route").GetString() == "/api/persons" && i.GetProperty("status").GetInt32() == 201);
    }

    [Fact]
    public async Task Only_director_and_admin_read_the_audit_log()
    {
        foreach (var (role, expected) in new[] { ("caseworker", HttpStatusCode.Forbidden), ("supervisor", HttpStatusCode.Forbidden), ("director", HttpStatusCode.OK), ("admin", HttpStatusCode.OK) })
        {
            using var client = await node.Factory.CreateClientAsAsync(role);
            using var response = await client.GetAsync(new Uri("/api/audit", UriKind.Relative));
            Assert.True(expected == response.StatusCode, $"{role}: {(int)response.StatusCode}");
        }

        using var anonymous = await node.Anonymous.GetAsync(new Uri("/api/audit", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task The_database_refuses_to_change_or_remove_an_audit_entry()
    {
        // Arrange: signing in wrote an entry.
        using var director = await node.Factory.CreateClientAsAsync("director");
        var page = await director.GetFromJsonAsync<JsonElement>(new Uri("/api/audit?pageSize=1", UriKind.Relative));
        var entry = page.GetProperty("items")[0];
        var seq = entry.GetProperty("seq").GetInt64();
        var database = node.Factory.Services.GetRequiredService<CaseFlowDatabase>();

        // Act and assert: neither statement goes through, and the entry is still there as it was.
        await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync(database, $"UPDATE cf_audit SET actor = 'someone-else' WHERE seq = {seq}"));
        await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync(database, $"DELETE FROM cf_audit WHERE seq = {seq}"));
        if (database.Dialect == SqlDialect.Postgres)
        {
            await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync(database, "TRUNCATE cf_audit"));
        }

        await using var connection = await database.OpenAsync();
        await using var read = connection.CreateCommand($"SELECT actor FROM cf_audit WHERE seq = {seq}", null);
        Assert.Equal(entry.GetProperty("actor").GetString(), await read.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_request_refused_by_the_role_gate_is_audited()
    {
        using var assessor = await node.Factory.CreateClientAsAsync("assessor");
        using var director = await node.Factory.CreateClientAsAsync("director");

        using var refused = await assessor.GetAsync(new Uri("/api/audit", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var page = await director.GetFromJsonAsync<JsonElement>(new Uri("/api/audit?actor=" + DemoUsers.LoginOf("assessor"), UriKind.Relative));
        var entry = Assert.Single(page.GetProperty("items").EnumerateArray(), i => i.GetProperty("route").GetString() == "/api/audit");
        Assert.Equal(403, entry.GetProperty("status").GetInt32());
        Assert.Equal("GET", entry.GetProperty("method").GetString());
    }

    [Fact]
    public async Task Sign_in_success_failure_and_lockout_are_audited_without_the_password()
    {
        // Arrange: a user of our own, so locking it disturbs no other test.
        using var admin = await node.Factory.CreateClientAsAsync("admin");
        using var director = await node.Factory.CreateClientAsAsync("director");
        const string login = "audit.signin";
        const string password = "correct horse battery";
        using var created = await admin.PostAsJsonAsync(new Uri("/api/admin/users", UriKind.Relative), new { login, displayName = "审计登录", password });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var userId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        // Act: one success, then wrong passwords until the account locks, then a login that names no account.
        Assert.Equal(HttpStatusCode.OK, await SignInAsync(login, password));
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add(await SignInAsync(login, "wrong password " + i));
        }

        Assert.Equal(HttpStatusCode.Locked, statuses[^1]);
        Assert.Equal(HttpStatusCode.Unauthorized, await SignInAsync("110105198001011238", password));

        // Assert
        var page = await director.GetFromJsonAsync<JsonElement>(new Uri($"/api/audit?actor={login}&pageSize=50", UriKind.Relative));
        var items = page.GetProperty("items").EnumerateArray().ToList();
        var reasons = items.Select(i => i.GetProperty("reason").GetString()).Reverse().ToList();
        Assert.Equal(["sign-in: signed-in", .. Enumerable.Repeat("sign-in: wrong-password", 4), "sign-in: locked-now"], reasons);
        Assert.All(items, i => Assert.Equal("/api/auth/token", i.GetProperty("route").GetString()));
        Assert.All(items, i => Assert.Equal(userId, i.GetProperty("targetId").GetString()));
        Assert.Equal([423, 401, 401, 401, 401, 200], items.Select(i => i.GetProperty("status").GetInt32()));

        var unknown = await director.GetFromJsonAsync<JsonElement>(new Uri("/api/audit?actor=(unknown)", UriKind.Relative));
        Assert.Contains(unknown.GetProperty("items").EnumerateArray(), i => i.GetProperty("reason").GetString() == "sign-in: unknown-login");
        var everything = await director.GetStringAsync(new Uri("/api/audit?pageSize=200", UriKind.Relative));
        Assert.DoesNotContain("wrong password", everything, StringComparison.Ordinal);
        Assert.DoesNotContain(password, everything, StringComparison.Ordinal);
        Assert.DoesNotContain("110105198001011238", everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task From_is_inclusive_and_to_is_exclusive()
    {
        using var supervisor = await node.Factory.CreateClientAsAsync("supervisor");
        using var director = await node.Factory.CreateClientAsAsync("director");
        using var read = await supervisor.GetAsync(new Uri("/api/admin/jurisdictions", UriKind.Relative));
        var mine = await director.GetFromJsonAsync<JsonElement>(new Uri("/api/audit?actor=" + DemoUsers.LoginOf("supervisor") + "&pageSize=1", UriKind.Relative));
        var at = mine.GetProperty("items")[0].GetProperty("occurredAt").GetDateTimeOffset();

        async Task<long> CountAsync(DateTimeOffset? from, DateTimeOffset? to)
        {
            var query = "/api/audit?actor=" + DemoUsers.LoginOf("supervisor")
                + (from is { } f ? "&from=" + Uri.EscapeDataString(f.ToString("O", CultureInfo.InvariantCulture)) : string.Empty)
                + (to is { } t ? "&to=" + Uri.EscapeDataString(t.ToString("O", CultureInfo.InvariantCulture)) : string.Empty);
            return (await director.GetFromJsonAsync<JsonElement>(new Uri(query, UriKind.Relative))).GetProperty("total").GetInt64();
        }

        var all = await CountAsync(null, null);
        Assert.True(all >= 1);
        Assert.True(await CountAsync(at, null) >= 1);
        Assert.Equal(0, await CountAsync(at.AddTicks(10), null));
        Assert.Equal(0, await CountAsync(null, DateTimeOffset.UnixEpoch));
        Assert.Equal(all, await CountAsync(DateTimeOffset.UnixEpoch, at.AddMilliseconds(1)));
        Assert.Equal(all - await CountAsync(at, null), await CountAsync(null, at));

        // An offset other than UTC names the same instant.
        Assert.Equal(await CountAsync(at, null), await CountAsync(at.ToOffset(TimeSpan.FromHours(8)), null));
    }

    private async Task<HttpStatusCode> SignInAsync(string login, string password)
    {
        using var response = await node.Anonymous.PostAsJsonAsync(new Uri("/api/auth/token", UriKind.Relative), new { login, password });
        return response.StatusCode;
    }

    private static async Task ExecuteAsync(CaseFlowDatabase database, string sql)
    {
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand(sql, null);
        await command.ExecuteNonQueryAsync();
    }
}
