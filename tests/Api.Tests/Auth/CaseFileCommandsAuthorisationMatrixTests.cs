using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Grains.Identity;

namespace CaseFlow.Api.Tests.Auth;

/// <summary>
/// Every office command on the case file (certificates, subsidies, insurance reductions, services, 三定 assignments and
/// matters, enrolments, monitoring, process links) × every role × a person inside or outside the role's jurisdiction.
/// </summary>
/// <remarks>
/// Each command is sent with an empty body and a current ETag. A caller the gate lets through reaches the grain, whose
/// validation answers 422 (or 404 with the code of the missing entitlement, service, assignment or enrolment); a caller it
/// stops gets 403 (no role for office work) or 404 <c>PersonNotFound</c> (a person outside every scope, answered as if
/// never registered). The cell is the status, with the problem code for a 404 so the two 404s cannot be confused.
/// </remarks>
public abstract class CaseFileCommandsAuthorisationMatrixTests<TNode>(TNode node) : IClassFixture<TNode>
    where TNode : NodeFixture
{
    private const string InsideTown = "610921.01";
    private const string InsideVillage = "610921.01.001";
    private const string OutsideTown = "610921.02";
    private const string OutsideVillage = "610921.02.001";

    private const string Outside = "404/PERSON_NOT_FOUND";
    private const string Refused = "403";

    // method, path under the person, and the answer of a caller the gate lets through (the grain's own validation).
    private static readonly (HttpMethod Method, string Path, string Through)[] Commands =
    [
        (HttpMethod.Post, "certificates", "422"),
        (HttpMethod.Post, "certificates/current/end", "422"),
        (HttpMethod.Post, "benefits", "422"),
        (HttpMethod.Post, "benefits/entitlement-1/end", "404/BENEFIT_NOT_FOUND"),
        (HttpMethod.Post, "insurance-reductions", "422"),
        (HttpMethod.Post, "services", "422"),
        (HttpMethod.Post, "services/service-1/status", "404/SERVICE_NOT_FOUND"),
        (HttpMethod.Post, "assistance", "422"),
        (HttpMethod.Post, "assistance/assignment-1/matters/matter-1/status", "404/ASSISTANCE_NOT_FOUND"),
        (HttpMethod.Post, "assistance/assignment-1/close", "404/ASSISTANCE_NOT_FOUND"),
        (HttpMethod.Post, "enrolments", "422"),
        (HttpMethod.Post, "enrolments/enrolment-1/end", "404/ENROLMENT_NOT_FOUND"),
        (HttpMethod.Put, "monitoring", "422"),
        (HttpMethod.Post, "process-links", "422"),
    ];

    // Office work on the case file is the town caseworker's, or a county supervisor's or director's (PersonAccess).
    private static (string Inside, string Outside) Expected(string role, string through) => role switch
    {
        Roles.Caseworker => (through, Outside),
        Roles.Supervisor or Roles.Director => (through, through),
        _ => (Refused, Refused),
    };

    private static int _next = 7900;

    [Fact]
    public async Task Every_case_file_office_command_gives_the_expected_status_for_every_role_inside_and_outside()
    {
        var inside = await RegisterAsync(InsideTown, InsideVillage);
        var outside = await RegisterAsync(OutsideTown, OutsideVillage);
        var expected = new StringBuilder();
        var actual = new StringBuilder();
        foreach (var role in Roles.All)
        {
            using var client = await node.Factory.CreateClientAsAsync(role);
            foreach (var (method, path, through) in Commands)
            {
                var cell = Expected(role, through);
                expected.Append(role).Append(' ').Append(method).Append(' ').Append(path).Append(": ").Append(cell.Inside).Append(' ').AppendLine(cell.Outside);
                actual.Append(role).Append(' ').Append(method).Append(' ').Append(path).Append(": ")
                    .Append(await SendAsync(client, method, $"/api/persons/{inside}/{path}", await ETagAsync(inside))).Append(' ')
                    .AppendLine(await SendAsync(client, method, $"/api/persons/{outside}/{path}", await ETagAsync(outside)));
            }
        }

        Assert.Equal(expected.ToString(), actual.ToString());
    }

    private async Task<string> RegisterAsync(string town, string village)
    {
        using var created = await node.Client.PostAsJsonAsync(new Uri("/api/persons", UriKind.Relative),
            TestPersons.Request(Interlocked.Increment(ref _next), "档案命令矩阵", town, village));
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private async Task<string> ETagAsync(string id)
    {
        // The supervisor reads the current ETag, so a refusal can only come from the caller's rights.
        using var read = await node.Client.GetAsync(new Uri($"/api/persons/{id}/case-file", UriKind.Relative));
        return read.Headers.ETag!.Tag;
    }

    private static async Task<string> SendAsync(HttpClient client, HttpMethod method, string path, string etag)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(new { }) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        using var response = await client.SendAsync(request);
        var status = (int)response.StatusCode;
        if (status != 404)
        {
            return status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return "404/" + problem.GetProperty("code").GetString();
    }
}
