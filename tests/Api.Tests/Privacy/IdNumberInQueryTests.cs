using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Privacy;

/// <summary>
/// No query parameter of any endpoint takes an ID number (DOMAIN.md §8.2 "never in URLs"): one shared check answers
/// 422 ID_IN_QUERY naming the parameter, the refusal is audited, and ordinary searches still work.
/// </summary>
public sealed class IdNumberInQueryTests(SqliteNodeFixture node) : IClassFixture<SqliteNodeFixture>
{
    private const string IdNumber = "11010519491231002X";

    [Theory]
    [InlineData("supervisor", "/api/persons?q={0}", "q")]
    [InlineData("supervisor", "/api/tasks?q=张三{0}", "q")]
    [InlineData("supervisor", "/api/tasks?assignee={0}", "assignee")]
    [InlineData("supervisor", "/api/instances?businessKey={0}", "businessKey")]
    [InlineData("supervisor", "/api/instances?personId=130503670401001", "personId")]
    [InlineData("supervisor", "/api/petitions?page=1&personId={0}", "personId")]
    [InlineData("director", "/api/audit?targetId={0}", "targetId")]
    [InlineData("director", "/api/audit?actor=x&actor=a,{0}", "actor")]
    [InlineData("supervisor", "/api/notifications?anything={0}", "anything")]
    public async Task An_id_number_in_any_query_parameter_is_refused_naming_the_parameter(string role, string url, string parameter)
    {
        using var client = await node.Factory.CreateClientAsAsync(role);

        using var response = await client.GetAsync(new Uri(string.Format(System.Globalization.CultureInfo.InvariantCulture, url, IdNumber), UriKind.Relative));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ID_IN_QUERY", problem.GetProperty("code").GetString());
        Assert.Equal(parameter, problem.GetProperty("field").GetString());
        Assert.DoesNotContain(IdNumber, problem.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/persons?q=张")]
    [InlineData("/api/persons?q=002X")]
    [InlineData("/api/tasks?q=home visit 2026")]
    [InlineData("/api/instances?personId=P01a22532788876658382272d9a2fcb50")]
    public async Task Names_last_digits_and_internal_ids_are_still_searched(string url)
    {
        using var client = await node.Factory.CreateClientAsAsync("supervisor");

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_refusal_is_audited_and_a_caller_without_access_is_refused_first()
    {
        using var caseworker = await node.Factory.CreateClientAsAsync("caseworker");
        using var director = await node.Factory.CreateClientAsAsync("director");

        using var refused = await caseworker.GetAsync(new Uri($"/api/tasks?q={IdNumber}", UriKind.Relative));
        using var forbidden = await caseworker.GetAsync(new Uri($"/api/audit?targetId={IdNumber}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        var page = await director.GetFromJsonAsync<JsonElement>(new Uri("/api/audit?actor=" + DemoUsers.LoginOf("caseworker"), UriKind.Relative));
        Assert.Contains(page.GetProperty("items").EnumerateArray(),
            i => i.GetProperty("route").GetString() == "/api/tasks" && i.GetProperty("status").GetInt32() == 422);
    }
}
