using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Grains.Identity;

namespace CaseFlow.Api.Tests.Auth;

/// <summary>
/// Registering, reading and every command on a petition × every role × a petition inside or outside the role's
/// jurisdiction, and a report-of-wrongdoing item inside it (DOMAIN.md §4.3; <c>PetitionAccess</c>).
/// </summary>
/// <remarks>
/// Commands are sent with an empty body and a current ETag. A caller the gate lets through reaches the grain, whose
/// validation answers 422 or whose state check answers 409; a caller it stops gets 403 (a role with no petition rights, or one not allowed this command)
/// or 404 <c>PETITION_NOT_FOUND</c> (a petition the caller may not see, answered as if never registered). Caseworkers see
/// their town's petitions but never report-of-wrongdoing items (Art. 30 ¶3); only the director approves an extension.
/// </remarks>
public abstract class PetitionCommandsAuthorisationMatrixTests<TNode>(TNode node) : IClassFixture<TNode>
    where TNode : NodeFixture
{
    private const string Hidden = "404/PETITION_NOT_FOUND";
    private const string Refused = "403";

    // command → the answer of a caller the gate lets through: 422 where the grain checks the empty body first, 409 where
    // it first refuses the step in a freshly registered petition's state.
    private static readonly Dictionary<string, string> Commands = new(StringComparer.Ordinal)
    {
        ["acceptance"] = "422",
        ["extension"] = "409",
        ["answer"] = "409",
        ["reviews"] = "422",
        ["reviews/result"] = "422",
        ["satisfaction"] = "409",
        ["close"] = "422",
    };

    private static int _next = 42_000;

    [Fact]
    public async Task Petition_endpoints_give_the_expected_status_for_every_role_inside_outside_and_on_a_report_of_wrongdoing()
    {
        var inTown = await PersonAsync(DemoUsers.CaseworkerTown, DemoUsers.MemberVillage);
        var otherTown = await PersonAsync("610921.02", "610921.02.001");
        var inside = await RegisterAsync(inTown, "ComplaintOrRequest");
        var outside = await RegisterAsync(otherTown, "ComplaintOrRequest");
        var report = await RegisterAsync(inTown, "ReportOfWrongdoing");
        var expected = new StringBuilder();
        var actual = new StringBuilder();
        foreach (var role in Roles.All)
        {
            using var client = await node.Factory.CreateClientAsAsync(role);
            // Registering is the county petition roles' work, about a person anywhere in the county; a town caseworker
            // registers about no one, inside the town or outside it.
            using (var registered = await client.PostAsJsonAsync(new Uri("/api/petitions", UriKind.Relative), Petition(inTown, "Suggestion")))
            using (var registeredOutside = await client.PostAsJsonAsync(new Uri("/api/petitions", UriKind.Relative), Petition(otherTown, "Suggestion")))
            {
                expected.Append(role).Append(" register: ").AppendLine(IsCounty(role) ? "201 201" : $"{Refused} {Refused}");
                actual.Append(role).Append(" register: ").AppendLine($"{await CellAsync(registered)} {await CellAsync(registeredOutside)}");
            }

            expected.Append(role).Append(" get: ").AppendLine(Row(role, "200"));
            actual.Append(role).Append(" get: ").AppendLine(
                $"{await GetAsync(client, inside)} {await GetAsync(client, outside)} {await GetAsync(client, report)}");
            foreach (var (command, through) in Commands)
            {
                expected.Append(role).Append(' ').Append(command).Append(": ").AppendLine(CommandRow(role, command, through));
                actual.Append(role).Append(' ').Append(command).Append(": ").AppendLine(
                    $"{await SendAsync(client, inside, command)} {await SendAsync(client, outside, command)} {await SendAsync(client, report, command)}");
            }
        }

        Assert.Equal(expected.ToString(), actual.ToString());
    }

    private static bool IsCounty(string role) => role is Roles.PetitionOfficer or Roles.Supervisor or Roles.Director;

    // inside, outside, report of wrongdoing inside; "through" is the answer of a caller the gate lets through.
    private static string Row(string role, string through) => role switch
    {
        _ when IsCounty(role) => $"{through} {through} {through}",
        Roles.Caseworker => $"{through} {Hidden} {Hidden}",
        _ => $"{Refused} {Refused} {Refused}",
    };

    // The extension is the director's alone; the answer is also the town caseworker's, as handler; every other
    // command is the county petition roles'.
    private static string CommandRow(string role, string command, string through) => command switch
    {
        "extension" => Row(role, role == Roles.Director ? through : Refused),
        "answer" => Row(role, through),
        _ => Row(role, role == Roles.Caseworker ? Refused : through),
    };

    private static string Day(int offset) =>
        DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static object Petition(string subject, string type) => new
    {
        petitionerName = "赵六", petitionerPhone = "13900003333", subjectPersonId = subject, channel = "Letter", itemType = type,
        matterCategory = "Subsidy", matter = "矩阵测试事项", receivedOn = Day(-1),
    };

    private async Task<string> PersonAsync(string town, string village)
    {
        using var created = await node.Client.PostAsJsonAsync(new Uri("/api/persons", UriKind.Relative),
            TestPersons.Request(Interlocked.Increment(ref _next), "信访矩阵", town, village));
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private async Task<string> RegisterAsync(string subject, string type)
    {
        // The supervisor registers, so the rows below depend only on the caller's rights.
        using var created = await node.Client.PostAsJsonAsync(new Uri("/api/petitions", UriKind.Relative), Petition(subject, type));
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private async Task<string> ETagAsync(string id)
    {
        using var read = await node.Client.GetAsync(new Uri($"/api/petitions/{id}", UriKind.Relative));
        return read.Headers.ETag!.Tag;
    }

    private static async Task<string> GetAsync(HttpClient client, string id)
    {
        using var response = await client.GetAsync(new Uri($"/api/petitions/{id}", UriKind.Relative));
        return await CellAsync(response);
    }

    private async Task<string> SendAsync(HttpClient client, string id, string command)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/petitions/{id}/{command}", UriKind.Relative))
        {
            Content = JsonContent.Create(new { }),
        };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(await ETagAsync(id)));
        using var response = await client.SendAsync(request);
        return await CellAsync(response);
    }

    private static async Task<string> CellAsync(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status != 404)
        {
            return status.ToString(CultureInfo.InvariantCulture);
        }

        return "404/" + (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString();
    }
}
