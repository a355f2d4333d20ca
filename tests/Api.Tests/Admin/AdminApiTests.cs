using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Admin;

/// <summary>An admin creates a user and gives them a role; the new user signs in and works in that jurisdiction.</summary>
public abstract class AdminApiTests<TNode>(TNode node) : IClassFixture<TNode>
    where TNode : NodeFixture
{
    [Fact]
    public async Task Admin_creates_a_caseworker_who_signs_in_and_sees_only_their_town()
    {
        using var admin = await node.Factory.CreateClientAsAsync("admin");
        var login = "cw.test" + Guid.NewGuid().ToString("N")[..6];

        using var created = await admin.PostAsJsonAsync(new Uri("/api/admin/users", UriKind.Relative),
            new { login, displayName = "测试专干", password = "A-long-enough-password-1" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        using var assigned = await admin.PostAsJsonAsync(new Uri($"/api/admin/users/{id}/roles", UriKind.Relative),
            new { role = "caseworker", jurisdiction = "610921.08" });
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);

        var users = await admin.GetFromJsonAsync<JsonElement>(new Uri("/api/admin/users", UriKind.Relative));
        Assert.Contains(users.EnumerateArray(), u => u.GetProperty("login").GetString() == login);

        // One person inside 铁佛寺镇 (610921.08) and one outside it, registered by the supervisor.
        var inside = await RegisterAsync(960, "610921.08", "610921.08.001");
        var outsideId = await RegisterAsync(961, "610921.01", "610921.01.003");
        await node.Factory.WaitForReadModelAsync();

        // The new user signs in and lists people: only 610921.08 comes back.
        using var anonymous = node.Factory.CreateClient();
        using var signIn = await anonymous.PostAsJsonAsync(new Uri("/api/auth/token", UriKind.Relative), new { login, password = "A-long-enough-password-1" });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        var token = (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        using var caseworker = node.Factory.CreateClient();
        caseworker.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        var page = await caseworker.GetFromJsonAsync<JsonElement>(new Uri("/api/persons?pageSize=100", UriKind.Relative));
        var ids = page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetString()).ToList();
        Assert.Contains(inside, ids);
        Assert.DoesNotContain(outsideId, ids);
        Assert.All(page.GetProperty("items").EnumerateArray(), p => Assert.Equal("610921.08", p.GetProperty("townCode").GetString()));
    }

    private async Task<string> RegisterAsync(int n, string town, string village)
    {
        using var created = await node.Client.PostAsJsonAsync(new Uri("/api/persons", UriKind.Relative), TestPersons.Request(n, "管辖" + n, town, village));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task Admin_input_is_validated_and_logins_are_unique()
    {
        using var admin = await node.Factory.CreateClientAsAsync("admin");

        using var badLogin = await admin.PostAsJsonAsync(new Uri("/api/admin/users", UriKind.Relative), new { login = "No Spaces!", displayName = "x", password = "short" });
        using var duplicate = await admin.PostAsJsonAsync(new Uri("/api/admin/users", UriKind.Relative), new { login = "supervisor", displayName = "再来一个" });
        using var badRole = await admin.PostAsJsonAsync(new Uri("/api/admin/users/U-none/roles", UriKind.Relative), new { role = "king", jurisdiction = "nowhere" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, badLogin.StatusCode);
        var errors = (await badLogin.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("login", out _));
        Assert.True(errors.TryGetProperty("password", out _));
        Assert.Equal("LOGIN_TAKEN", (await duplicate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badRole.StatusCode);
    }

    [Fact]
    public async Task Only_admin_manages_users()
    {
        foreach (var role in new[] { "caseworker", "supervisor", "director" })
        {
            using var client = await node.Factory.CreateClientAsAsync(role);
            using var response = await client.GetAsync(new Uri("/api/admin/users", UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{role}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Admin_reads_renames_and_deactivates_a_user_who_can_then_neither_sign_in_nor_use_a_token()
    {
        using var admin = await node.Factory.CreateClientAsAsync("admin");
        var (id, login) = await CreateUserAsync(admin, "cw.deact");
        var token = await SignInTokenAsync(login, Password);
        using var holder = node.Factory.CreateClient();
        holder.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var before = await holder.GetAsync(new Uri("/api/auth/me", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        using var renamed = await admin.PatchAsJsonAsync(new Uri($"/api/admin/users/{id}", UriKind.Relative), new { displayName = "改名专干" });
        using var deactivated = await admin.PatchAsJsonAsync(new Uri($"/api/admin/users/{id}", UriKind.Relative), new { active = false });
        var read = await admin.GetFromJsonAsync<JsonElement>(new Uri($"/api/admin/users/{id}", UriKind.Relative));
        using var missing = await admin.GetAsync(new Uri("/api/admin/users/U-none", UriKind.Relative));
        using var signIn = await SignInAsync(login, Password);
        using var after = await holder.GetAsync(new Uri("/api/auth/me", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        Assert.Equal("改名专干", read.GetProperty("displayName").GetString());
        Assert.False(read.GetProperty("active").GetBoolean());
        Assert.Equal((HttpStatusCode.NotFound, "USER_NOT_FOUND"), (missing.StatusCode, await CodeAsync(missing)));
        Assert.Equal((HttpStatusCode.Unauthorized, "INVALID_CREDENTIALS"), (signIn.StatusCode, await CodeAsync(signIn)));
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);

        // Reactivated, the same token works again: it was refused for the account, not revoked.
        using var reactivated = await admin.PatchAsJsonAsync(new Uri($"/api/admin/users/{id}", UriKind.Relative), new { active = true });
        using var again = await holder.GetAsync(new Uri("/api/auth/me", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);

        // An admin cannot deactivate their own account, and the audit log shows who changed whom.
        var users = await admin.GetFromJsonAsync<JsonElement>(new Uri("/api/admin/users", UriKind.Relative));
        var myId = users.EnumerateArray().Single(u => u.GetProperty("login").GetString() == "admin").GetProperty("id").GetString();
        using var self = await admin.PatchAsJsonAsync(new Uri($"/api/admin/users/{myId}", UriKind.Relative), new { active = false });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, self.StatusCode);
        using var director = await node.Factory.CreateClientAsAsync("director");
        var audit = await director.GetFromJsonAsync<JsonElement>(new Uri($"/api/audit?targetId={id}&method=PATCH", UriKind.Relative));
        Assert.Equal(3, audit.GetProperty("total").GetInt64());
        Assert.All(audit.GetProperty("items").EnumerateArray(), e => Assert.Equal("admin", e.GetProperty("actor").GetString()));
    }

    [Fact]
    public async Task Admin_resets_a_password_and_unlocks_a_locked_user_who_then_signs_in()
    {
        using var admin = await node.Factory.CreateClientAsAsync("admin");
        var (id, login) = await CreateUserAsync(admin, "cw.unlock");
        HttpStatusCode last = default;
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await SignInAsync(login, "not the password " + i);
            last = wrong.StatusCode;
        }

        Assert.Equal(HttpStatusCode.Locked, last);
        const string newPassword = "A-new-long-password-2";

        using var tooShort = await admin.PostAsJsonAsync(new Uri($"/api/admin/users/{id}/password", UriKind.Relative), new { password = "short" });
        using var reset = await admin.PostAsJsonAsync(new Uri($"/api/admin/users/{id}/password", UriKind.Relative), new { password = newPassword });
        using var stillLocked = await SignInAsync(login, newPassword);
        using var unlocked = await admin.PostAsync(new Uri($"/api/admin/users/{id}/unlock", UriKind.Relative), null);
        using var unlockNobody = await admin.PostAsync(new Uri("/api/admin/users/U-none/unlock", UriKind.Relative), null);
        using var oldPassword = await SignInAsync(login, Password);
        using var signedIn = await SignInAsync(login, newPassword);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooShort.StatusCode);
        Assert.True((await tooShort.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("password", out _));
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Locked, stillLocked.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, unlocked.StatusCode);
        Assert.Equal((HttpStatusCode.NotFound, "USER_NOT_FOUND"), (unlockNobody.StatusCode, await CodeAsync(unlockNobody)));
        Assert.Equal(HttpStatusCode.Unauthorized, oldPassword.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);

        // Neither password reached the audit log.
        using var director = await node.Factory.CreateClientAsAsync("director");
        var audit = await director.GetStringAsync(new Uri($"/api/audit?targetId={id}&pageSize=200", UriKind.Relative));
        Assert.Contains("/api/admin/users/{id}/password", audit, StringComparison.Ordinal);
        Assert.Contains("/api/admin/users/{id}/unlock", audit, StringComparison.Ordinal);
        Assert.DoesNotContain(newPassword, audit, StringComparison.Ordinal);
        Assert.DoesNotContain("not the password", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_admin_reads_or_changes_one_user()
    {
        using var admin = await node.Factory.CreateClientAsAsync("admin");
        var (id, _) = await CreateUserAsync(admin, "cw.gate");
        foreach (var role in new[] { "caseworker", "supervisor", "director" })
        {
            using var client = await node.Factory.CreateClientAsAsync(role);
            using var get = await client.GetAsync(new Uri($"/api/admin/users/{id}", UriKind.Relative));
            using var patch = await client.PatchAsJsonAsync(new Uri($"/api/admin/users/{id}", UriKind.Relative), new { active = false });
            using var reset = await client.PostAsJsonAsync(new Uri($"/api/admin/users/{id}/password", UriKind.Relative), new { password = "Someone-elses-password" });
            using var unlock = await client.PostAsync(new Uri($"/api/admin/users/{id}/unlock", UriKind.Relative), null);
            Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden],
                new[] { get.StatusCode, patch.StatusCode, reset.StatusCode, unlock.StatusCode });
        }

        var read = await admin.GetFromJsonAsync<JsonElement>(new Uri($"/api/admin/users/{id}", UriKind.Relative));
        Assert.True(read.GetProperty("active").GetBoolean());
    }

    private const string Password = "A-long-enough-password-1";

    private static async Task<(string Id, string Login)> CreateUserAsync(HttpClient admin, string prefix)
    {
        var login = prefix + Guid.NewGuid().ToString("N")[..6];
        using var created = await admin.PostAsJsonAsync(new Uri("/api/admin/users", UriKind.Relative), new { login, displayName = "账号测试", password = Password });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return ((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!, login);
    }

    private async Task<HttpResponseMessage> SignInAsync(string login, string password) =>
        await node.Anonymous.PostAsJsonAsync(new Uri("/api/auth/token", UriKind.Relative), new { login, password });

    private async Task<string> SignInTokenAsync(string login, string password)
    {
        using var response = await SignInAsync(login, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    [Fact]
    public async Task Admin_revokes_a_role_and_the_next_sign_in_no_longer_carries_it()
    {
        using var admin = await node.Factory.CreateClientAsAsync("admin");
        var login = "cw.revoke" + Guid.NewGuid().ToString("N")[..6];
        using var created = await admin.PostAsJsonAsync(new Uri("/api/admin/users", UriKind.Relative),
            new { login, displayName = "调岗专干", password = "A-long-enough-password-1" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        using var assigned = await admin.PostAsJsonAsync(new Uri($"/api/admin/users/{id}/roles", UriKind.Relative), new { role = "caseworker", jurisdiction = "610921.08" });

        using var revoked = await admin.DeleteAsync(new Uri($"/api/admin/users/{id}/roles/caseworker/610921.08", UriKind.Relative));
        using var again = await admin.DeleteAsync(new Uri($"/api/admin/users/{id}/roles/caseworker/610921.08", UriKind.Relative));
        using var noUser = await admin.DeleteAsync(new Uri("/api/admin/users/U-none/roles/caseworker/610921.08", UriKind.Relative));
        using var anonymous = node.Factory.CreateClient();
        using var signIn = await anonymous.PostAsJsonAsync(new Uri("/api/auth/token", UriKind.Relative), new { login, password = "A-long-enough-password-1" });
        using var former = node.Factory.CreateClient();
        former.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Bearer", (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        using var persons = await former.GetAsync(new Uri("/api/persons", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Empty((await revoked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("roles").EnumerateArray());
        Assert.Equal((HttpStatusCode.NotFound, "ROLE_ASSIGNMENT_NOT_FOUND"), (again.StatusCode, await CodeAsync(again)));
        Assert.Equal((HttpStatusCode.NotFound, "USER_NOT_FOUND"), (noUser.StatusCode, await CodeAsync(noUser)));
        Assert.Equal(HttpStatusCode.Forbidden, persons.StatusCode);
    }

    [Fact]
    public async Task Admin_adds_a_village_under_a_town_renames_it_and_may_not_move_it()
    {
        using var admin = await node.Factory.CreateClientAsAsync("admin");
        using var caseworker = await node.Factory.CreateClientAsAsync("caseworker");
        var path = new Uri("/api/admin/jurisdictions/610921.01.950", UriKind.Relative);

        using var added = await admin.PutAsJsonAsync(path, new { name = "新建社区", parentCode = "610921.01" });
        using var registered = await caseworker.PostAsJsonAsync(new Uri("/api/persons", UriKind.Relative), TestPersons.Request(962, "新社区居民", "610921.01", "610921.01.950"));
        using var renamed = await admin.PutAsJsonAsync(path, new { name = "幸福社区" });
        using var moved = await admin.PutAsJsonAsync(path, new { name = "幸福社区", parentCode = "610921.02" });
        using var badCode = await admin.PutAsJsonAsync(new Uri("/api/admin/jurisdictions/610921.02.9", UriKind.Relative), new { name = "坏代码", parentCode = "610921.02" });
        using var underVillage = await admin.PutAsJsonAsync(new Uri("/api/admin/jurisdictions/610921.01.951", UriKind.Relative), new { name = "村下村", parentCode = "610921.01.001" });
        using var noName = await admin.PutAsJsonAsync(path, new { name = " " });
        using var byCaseworker = await caseworker.PutAsJsonAsync(path, new { name = "越权" });
        var tree = await admin.GetFromJsonAsync<JsonElement>(new Uri("/api/admin/jurisdictions", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var village = tree.EnumerateArray().Single(j => j.GetProperty("code").GetString() == "610921.01.950");
        Assert.Equal(("幸福社区", "610921.01"), (village.GetProperty("name").GetString(), village.GetProperty("parentCode").GetString()));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "parentCode"), (moved.StatusCode, await FieldAsync(moved)));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "code"), (badCode.StatusCode, await FieldAsync(badCode)));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "parentCode"), (underVillage.StatusCode, await FieldAsync(underVillage)));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "name"), (noName.StatusCode, await FieldAsync(noName)));
        Assert.Equal(HttpStatusCode.Forbidden, byCaseworker.StatusCode);
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString();

    private static async Task<string?> FieldAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString();
}
