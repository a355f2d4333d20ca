using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Grains.Identity;
using CaseFlow.Silo.Seeding;

namespace CaseFlow.Api.Tests.CaseFiles;

/// <summary>The case-file endpoints: If-Match, error codes, field work by village members, list filters, idempotent POSTs.</summary>
/// <remarks>太平村 (610921.01.001) is the demo village member's village, in the demo caseworker's 城关镇 (610921.01).</remarks>
public abstract class CaseFileApiTests<TNode>(TNode node) : IClassFixture<TNode>
    where TNode : NodeFixture
{
    private const string Town = DemoUsers.CaseworkerTown;
    private const string Village = DemoUsers.MemberVillage;
    private static int _next = 31_000;

    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<(string Id, string IdNumber)> RegisterAsync(string town = Town, string village = Village)
    {
        var n = Interlocked.Increment(ref _next);
        using var created = await node.Client.PostAsJsonAsync(new Uri("/api/persons", UriKind.Relative), TestPersons.Request(n, "档案测试", town, village));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return ((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!, SyntheticIdNumbers.Create(n));
    }

    private static object Certificate(int grade = 2) => new
    {
        category = "Physical", grade, cardGeneration = 3, issueDate = Today, issuingBody = "汉阴县残联",
    };

    private static object Visit() => new
    {
        kind = "Sweep", mode = "Home", outcome = "Reached", visitorTier = "Village",
        problems = new[] { new { category = "Device", description = "轮椅损坏" } },
    };

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, object body, string? etag, string? key = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(body) };
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        }

        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return await client.SendAsync(request);
    }

    private async Task<string> ETagAsync(string id)
    {
        using var read = await node.Client.GetAsync(new Uri($"/api/persons/{id}/case-file", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        return read.Headers.ETag!.Tag;
    }

    private static async Task<string?> CodeOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString();

    [Fact]
    public async Task Issuing_a_certificate_needs_If_Match_answers_the_masked_number_and_a_new_ETag()
    {
        var (id, idNumber) = await RegisterAsync();
        using var caseworker = await node.Factory.CreateClientAsAsync(Roles.Caseworker);

        using var missing = await SendAsync(caseworker, HttpMethod.Post, $"/api/persons/{id}/certificates", Certificate(), null);
        using var stale = await SendAsync(caseworker, HttpMethod.Post, $"/api/persons/{id}/certificates", Certificate(), "\"9\"");
        using var invalid = await SendAsync(caseworker, HttpMethod.Post, $"/api/persons/{id}/certificates", Certificate(grade: 9), "\"1\"");
        using var issued = await SendAsync(caseworker, HttpMethod.Post, $"/api/persons/{id}/certificates", Certificate(), "\"1\"");

        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        var problem = await invalid.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("OUT_OF_RANGE", "grade"), (problem.GetProperty("code").GetString(), problem.GetProperty("field").GetString()));
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        Assert.Equal("\"2\"", issued.Headers.ETag!.Tag);
        var certificate = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("certificate");
        Assert.Equal(idNumber[..4] + "**********" + idNumber[^4..] + "42", certificate.GetProperty("numberMasked").GetString());
        Assert.Equal("Valid", certificate.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_village_member_records_visits_and_resolves_problems_in_their_village_only()
    {
        var (inside, _) = await RegisterAsync();
        var (sameTown, _) = await RegisterAsync(Town, "610921.01.002");
        var (otherTown, _) = await RegisterAsync("610921.02", "610921.02.001");
        using var member = await node.Factory.CreateClientAsAsync(Roles.VillageMember);
        using var caseworker = await node.Factory.CreateClientAsAsync(Roles.Caseworker);
        using var assessor = await node.Factory.CreateClientAsAsync(Roles.Assessor);

        using var visited = await SendAsync(member, HttpMethod.Post, $"/api/persons/{inside}/visits", Visit(), await ETagAsync(inside));
        using var resolved = await SendAsync(member, HttpMethod.Post, $"/api/persons/{inside}/problems/problem-1/resolve",
            new { status = "Resolved", resolution = "已更换" }, visited.Headers.ETag!.Tag);
        using var certificate = await SendAsync(member, HttpMethod.Post, $"/api/persons/{inside}/certificates", Certificate(), await ETagAsync(inside));
        using var neighbour = await SendAsync(member, HttpMethod.Post, $"/api/persons/{sameTown}/visits", Visit(), await ETagAsync(sameTown));
        using var farAway = await SendAsync(member, HttpMethod.Post, $"/api/persons/{otherTown}/visits", Visit(), await ETagAsync(otherTown));
        using var caseworkerAway = await SendAsync(caseworker, HttpMethod.Post, $"/api/persons/{otherTown}/visits", Visit(), await ETagAsync(otherTown));
        using var noRole = await SendAsync(assessor, HttpMethod.Post, $"/api/persons/{inside}/visits", Visit(), await ETagAsync(inside));
        using var memberRead = await member.GetAsync(new Uri($"/api/persons/{otherTown}/case-file", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, visited.StatusCode);
        Assert.Equal(1, (await visited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("openProblems").GetInt32());
        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        Assert.Equal(0, (await resolved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("openProblems").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, certificate.StatusCode);
        Assert.Equal("FORBIDDEN", await CodeOf(certificate));
        Assert.Equal(HttpStatusCode.NotFound, neighbour.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, farAway.StatusCode);
        Assert.Equal("PERSON_NOT_FOUND", await CodeOf(farAway));
        Assert.Equal(HttpStatusCode.NotFound, caseworkerAway.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, noRole.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, memberRead.StatusCode);
    }

    [Fact]
    public async Task The_three_systems_subsidies_and_lists_go_through_REST_and_lists_filter_in_SQL()
    {
        var (id, _) = await RegisterAsync(Town, "610921.01.003");
        var client = node.Client;

        using var certificate = await SendAsync(client, HttpMethod.Post, $"/api/persons/{id}/certificates", Certificate(grade: 1), await ETagAsync(id));
        using var enrolled = await SendAsync(client, HttpMethod.Post, $"/api/persons/{id}/enrolments",
            new { system = "SocialAssistance", programme = "低保", source = "汉阴县民政局" }, certificate.Headers.ETag!.Tag);
        using var subsidy = await SendAsync(client, HttpMethod.Post, $"/api/persons/{id}/benefits",
            new { subsidy = "Living", tier = "standard", startMonth = Today, approvingBody = "汉阴县民政局" }, enrolled.Headers.ETag!.Tag);
        using var duplicate = await SendAsync(client, HttpMethod.Post, $"/api/persons/{id}/benefits",
            new { subsidy = "Living", tier = "standard", startMonth = Today, approvingBody = "汉阴县民政局" }, subsidy.Headers.ETag!.Tag);
        using var monitored = await SendAsync(client, HttpMethod.Put, $"/api/persons/{id}/monitoring",
            new { category = "SuddenHardship", status = "Clue", source = "visit" }, subsidy.Headers.ETag!.Tag);
        using var problem = await SendAsync(client, HttpMethod.Post, $"/api/persons/{id}/problems",
            new { category = "Housing", description = "房屋漏雨" }, monitored.Headers.ETag!.Tag);
        using var unknownService = await SendAsync(client, HttpMethod.Post, $"/api/persons/{id}/services/service-9/status",
            new { status = "Approved" }, problem.Headers.ETag!.Tag);
        await node.Factory.WaitForReadModelAsync();
        var filtered = await client.GetFromJsonAsync<JsonElement>(new Uri(
            "/api/persons?village=610921.01.003&grade=1&openProblems=true&monitoring=any", UriKind.Relative));
        using var badFilter = await client.GetAsync(new Uri("/api/persons?grade=7", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, subsidy.StatusCode);
        Assert.Equal(100m, (await subsidy.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("benefits")[0].GetProperty("monthlyAmount").GetDecimal());
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal("BENEFIT_DUPLICATE", await CodeOf(duplicate));
        Assert.Equal(HttpStatusCode.OK, problem.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownService.StatusCode);
        Assert.Equal("SERVICE_NOT_FOUND", await CodeOf(unknownService));
        var row = Assert.Single(filtered.GetProperty("items").EnumerateArray());
        Assert.Equal((id, 1, 1, "Clue"), (row.GetProperty("id").GetString(), row.GetProperty("certificateGrade").GetInt32(),
            row.GetProperty("openProblems").GetInt32(), row.GetProperty("monitoringStatus").GetString()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badFilter.StatusCode);
    }

    [Fact]
    public async Task A_repeated_POST_with_the_same_Idempotency_Key_records_one_visit()
    {
        var (id, _) = await RegisterAsync();
        var etag = await ETagAsync(id);
        var key = Guid.NewGuid().ToString("N");

        using var first = await SendAsync(node.Client, HttpMethod.Post, $"/api/persons/{id}/visits", Visit(), etag, key);
        using var second = await SendAsync(node.Client, HttpMethod.Post, $"/api/persons/{id}/visits", Visit(), etag, key);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(second.Headers.TryGetValues("Idempotent-Replayed", out _));
        var file = await node.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/persons/{id}/case-file", UriKind.Relative));
        Assert.Equal(1, file.GetProperty("visits").GetArrayLength());
    }

    [Fact]
    public async Task Every_response_with_a_certificate_number_masks_it_and_the_ID_number()
    {
        var (id, idNumber) = await RegisterAsync();
        var client = node.Client;
        var bodies = new List<string>();

        using var issued = await SendAsync(client, HttpMethod.Post, $"/api/persons/{id}/certificates", Certificate(), await ETagAsync(id));
        bodies.Add(await issued.Content.ReadAsStringAsync());
        using var renewed = await SendAsync(client, HttpMethod.Post, $"/api/persons/{id}/certificates",
            new { category = "Physical", grade = 1, issueDate = Today, issuingBody = "汉阴县残联", reason = "Reassessment" }, issued.Headers.ETag!.Tag);
        bodies.Add(await renewed.Content.ReadAsStringAsync());
        using var lost = await SendAsync(client, HttpMethod.Post, $"/api/persons/{id}/certificates/current/end", new { reason = "Lost" }, renewed.Headers.ETag!.Tag);
        bodies.Add(await lost.Content.ReadAsStringAsync());
        using var visit = await SendAsync(client, HttpMethod.Post, $"/api/persons/{id}/visits", Visit(), lost.Headers.ETag!.Tag);
        bodies.Add(await visit.Content.ReadAsStringAsync());
        bodies.Add(await client.GetStringAsync(new Uri($"/api/persons/{id}/case-file", UriKind.Relative)));
        bodies.Add(await client.GetStringAsync(new Uri($"/api/persons/{id}/history", UriKind.Relative)));
        await node.Factory.WaitForReadModelAsync();
        bodies.Add(await client.GetStringAsync(new Uri($"/api/persons?village={Village}&pageSize=100", UriKind.Relative)));

        Assert.All(bodies.Take(4), b => Assert.Contains(idNumber[..4] + "**********" + idNumber[^4..] + "4", b, StringComparison.Ordinal));
        foreach (var body in bodies)
        {
            Assert.DoesNotContain(idNumber, body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(idNumber[4..14], body, StringComparison.Ordinal);
        }
    }
}
