using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Grains.Identity;

namespace CaseFlow.Api.Tests.Petitions;

/// <summary>The petition tracker through REST: registration, clocks, the director's extension, answer, tracker, stats, access.</summary>
/// <remarks>Dates count back from today's date in China, so the clocks' colours are known whatever day the test runs.</remarks>
public abstract class PetitionsApiTests<TNode>(TNode node) : IClassFixture<TNode>
    where TNode : NodeFixture
{
    private static int _next = 41_000;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    private static string Day(int offset) => Today.AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<string> PersonAsync(string town = DemoUsers.CaseworkerTown, string village = DemoUsers.MemberVillage)
    {
        using var created = await node.Client.PostAsJsonAsync(new Uri("/api/persons", UriKind.Relative),
            TestPersons.Request(Interlocked.Increment(ref _next), "信访测试", town, village));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static object Petition(string? subject, int receivedDaysAgo, string type = "ComplaintOrRequest") => new
    {
        petitionerName = "王五", petitionerPhone = "13900002222", subjectPersonId = subject, channel = "Visit", itemType = type,
        matterCategory = "Subsidy", matter = "护理补贴停发", receivedOn = Day(-receivedDaysAgo),
    };

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, object body, string? etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(body) };
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        }

        return await client.SendAsync(request);
    }

    private static JsonElement Clock(JsonElement petition, string name) =>
        petition.GetProperty("clocks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);

    [Fact]
    public async Task A_petition_runs_from_registration_through_extension_and_answer_with_its_clocks_and_timeline()
    {
        var person = await PersonAsync();
        using var officer = await node.Factory.CreateClientAsAsync(Roles.PetitionOfficer);
        using var director = await node.Factory.CreateClientAsAsync(Roles.Director);

        using var registered = await PostAsync(officer, "/api/petitions", Petition(person, 20), null);
        var petition = await registered.Content.ReadFromJsonAsync<JsonElement>();
        var id = petition.GetProperty("id").GetString()!;
        using var accepted = await PostAsync(officer, $"/api/petitions/{id}/acceptance", new { accepted = true, noticeOn = Day(-18) }, registered.Headers.ETag!.Tag);
        using var byOfficer = await PostAsync(officer, $"/api/petitions/{id}/extension", new { days = 30, reasonCode = "complex", justification = "多部门" }, accepted.Headers.ETag!.Tag);
        using var byDirector = await PostAsync(director, $"/api/petitions/{id}/extension", new { days = 30, reasonCode = "complex", justification = "多部门" }, accepted.Headers.ETag!.Tag);
        using var answered = await PostAsync(officer, $"/api/petitions/{id}/answer", new { outcome = "Explanation", receivedOn = Day(0) }, byDirector.Headers.ETag!.Tag);
        var detail = await officer.GetFromJsonAsync<JsonElement>(new Uri($"/api/petitions/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        Assert.Equal("139****2222", petition.GetProperty("petitionerPhoneMasked").GetString());
        Assert.DoesNotContain("13900002222", await registered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // Received 20 days ago: the 15-day notice deadline has passed.
        Assert.Equal(("notice", "Red", true), (petition.GetProperty("stage").GetString(), Clock(petition, "notice").GetProperty("colour").GetString(),
            Clock(petition, "notice").GetProperty("overdue").GetBoolean()));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var handling = Clock(await accepted.Content.ReadFromJsonAsync<JsonElement>(), "handling");
        Assert.InRange(handling.GetProperty("daysLeft").GetInt32(), 42, 46);
        Assert.Equal(HttpStatusCode.Forbidden, byOfficer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byDirector.StatusCode);
        Assert.True(Clock(await byDirector.Content.ReadFromJsonAsync<JsonElement>(), "handling").GetProperty("extended").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal(("Replied", "reviewWindow"), (detail.GetProperty("status").GetString(), detail.GetProperty("stage").GetString()));
        Assert.Equal(["petition.registered", "petition.accepted", "petition.extended", "petition.answered"],
            detail.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
        var file = await node.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/persons/{person}/case-file", UriKind.Relative));
        Assert.Equal("Replied", file.GetProperty("petitions")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_tracker_shows_days_left_colour_and_overdue_flags_filtered_in_SQL_and_the_stats_count_them()
    {
        var person = await PersonAsync();
        using var officer = await node.Factory.CreateClientAsAsync(Roles.PetitionOfficer);
        using var late = await PostAsync(officer, "/api/petitions", Petition(person, 40), null);
        var lateId = (await late.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        using var fresh = await PostAsync(officer, "/api/petitions", Petition(person, 1), null);
        var freshId = (await fresh.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        await node.Factory.WaitForReadModelAsync();

        var overdue = await officer.GetFromJsonAsync<JsonElement>(new Uri("/api/petitions?overdue=true&pageSize=100", UriKind.Relative));
        var green = await officer.GetFromJsonAsync<JsonElement>(new Uri("/api/petitions?colour=green&stage=notice&pageSize=100", UriKind.Relative));
        var stats = await officer.GetFromJsonAsync<JsonElement>(new Uri("/api/petitions/stats", UriKind.Relative));
        using var badFilter = await officer.GetAsync(new Uri("/api/petitions?colour=purple", UriKind.Relative));

        var lateRow = overdue.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == lateId);
        Assert.True(lateRow.GetProperty("overdue").GetBoolean());
        Assert.Equal("red", lateRow.GetProperty("colour").GetString());
        Assert.True(lateRow.GetProperty("daysLeft").GetInt32() < 0);
        Assert.DoesNotContain(overdue.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == freshId);
        Assert.Contains(green.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == freshId);
        Assert.True(stats.GetProperty("overdue").GetInt32() >= 1);
        Assert.True(stats.GetProperty("repeats").GetInt32() >= 1);
        Assert.True(stats.GetProperty("byChannel").GetProperty("Visit").GetInt32() >= 2);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badFilter.StatusCode);
    }

    [Fact]
    public async Task Caseworkers_see_their_towns_petitions_but_never_reports_of_wrongdoing_and_other_roles_see_none()
    {
        var inTown = await PersonAsync();
        var otherTown = await PersonAsync("610921.02", "610921.02.001");
        using var officer = await node.Factory.CreateClientAsAsync(Roles.PetitionOfficer);
        using var caseworker = await node.Factory.CreateClientAsAsync(Roles.Caseworker);
        using var member = await node.Factory.CreateClientAsAsync(Roles.VillageMember);
        async Task<string> RegisterAsync(string subject, string type)
        {
            using var created = await PostAsync(officer, "/api/petitions", Petition(subject, 2, type), null);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        }

        var visible = await RegisterAsync(inTown, "ComplaintOrRequest");
        var restricted = await RegisterAsync(inTown, "ReportOfWrongdoing");
        var elsewhere = await RegisterAsync(otherTown, "Suggestion");
        await node.Factory.WaitForReadModelAsync();

        var list = await caseworker.GetFromJsonAsync<JsonElement>(new Uri("/api/petitions?pageSize=100", UriKind.Relative));
        var ids = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
        using var readRestricted = await caseworker.GetAsync(new Uri($"/api/petitions/{restricted}", UriKind.Relative));
        using var readElsewhere = await caseworker.GetAsync(new Uri($"/api/petitions/{elsewhere}", UriKind.Relative));
        using var caseworkerRegisters = await PostAsync(caseworker, "/api/petitions", Petition(inTown, 1), null);
        using var memberList = await member.GetAsync(new Uri("/api/petitions", UriKind.Relative));
        using var noIfMatch = await PostAsync(officer, $"/api/petitions/{visible}/acceptance", new { accepted = true }, null);

        Assert.Contains(visible, ids);
        Assert.DoesNotContain(restricted, ids);
        Assert.DoesNotContain(elsewhere, ids);
        Assert.Equal(HttpStatusCode.NotFound, readRestricted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, readElsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, caseworkerRegisters.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, memberList.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionRequired, noIfMatch.StatusCode);
    }

    [Fact]
    public async Task Bad_input_and_wrong_status_answer_stable_codes()
    {
        using var officer = await node.Factory.CreateClientAsAsync(Roles.PetitionOfficer);
        using var invalid = await PostAsync(officer, "/api/petitions", new { channel = "Visit" }, null);
        using var created = await PostAsync(officer, "/api/petitions", Petition(null, 3), null);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        using var early = await PostAsync(officer, $"/api/petitions/{id}/close", new { type = "WindowLapsed" }, created.Headers.ETag!.Tag);
        using var missing = await officer.GetAsync(new Uri("/api/petitions/Qnothing", UriKind.Relative));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("petitionerName", out _));
        Assert.True(errors.TryGetProperty("receivedOn", out _));
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal("PETITION_WRONG_STATUS", (await early.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("PETITION_NOT_FOUND", (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }
}
