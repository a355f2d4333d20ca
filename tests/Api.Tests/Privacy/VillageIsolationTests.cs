using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CaseFlow.Api.Tests.Auth;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Grains.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Api.Tests.Privacy;

/// <summary>
/// A village member cannot see another village's cases through any endpoint: a person, a 遍访 instance with its open
/// visit task (a task village members are candidates for), a case-file entry, an attachment, a comment and a petition
/// in 610921.01.002, asked for by the member of 太平村 (610921.01.001) in the same town.
/// </summary>
/// <remarks>
/// The endpoints are read from the node's route table: every route under persons, instances, tasks and petitions that
/// takes an <c>{id}</c> is called with the foreign ids, so an endpoint added later is covered without editing this
/// test. Each must answer 403 or 404 and name nothing of the foreign case; the lists must leave the foreign items out.
/// </remarks>
public abstract partial class VillageIsolationTests<TNode>(TNode node) : IClassFixture<TNode>
    where TNode : NodeFixture
{
    private const string Town = DemoUsers.CaseworkerTown;
    private const string ForeignVillage = "610921.01.002";
    private const string ForeignName = "邻村隔离";

    private static readonly string[] CaseRoots = ["api/persons/", "api/instances/", "api/tasks/", "api/petitions/"];

    private static readonly object Visit = new { kind = "Sweep", mode = "Home", outcome = "Reached", visitorTier = "Village" };

    private static readonly object Problem = new { category = "Housing", description = "房屋漏雨" };

    private static int _next = 66_000;

    private HttpClient Supervisor => node.Client;

    [Fact(DisplayName = "Every endpoint that takes the id of a person, instance, task or petition refuses another village's case to a village member")]
    public async Task Every_case_endpoint_refuses_another_villages_case_to_a_village_member()
    {
        var foreign = await ForeignCaseAsync();
        using var member = await node.Factory.CreateClientAsAsync(Roles.VillageMember);
        var endpoints = CaseEndpoints();
        var leaks = new List<string>();

        foreach (var (method, template) in endpoints)
        {
            var path = Concrete(template, foreign) + (template.EndsWith("/public-notice", StringComparison.Ordinal) ? "?from=2026-03-01&to=2026-03-07" : "");
            using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
            request.Content = Body(method, template);
            if (method != "GET" && await ETagAsync(template.Split('/')[2], foreign) is { } etag)
            {
                request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
            }

            using var response = await member.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            var status = (int)response.StatusCode;
            var body = status is 403 or 404 ? await response.Content.ReadAsStringAsync() : string.Empty;
            if (status is not (403 or 404) || body.Contains(ForeignName, StringComparison.Ordinal))
            {
                leaks.Add($"{method} {template} → {status} {body}");
            }
        }

        Assert.True(endpoints.Count >= 40, $"Only {endpoints.Count} case endpoints were found; the route table was not read.");
        Assert.Empty(leaks);
    }

    [Fact(DisplayName = "Lists and searches of persons, instances, tasks, petitions, notifications and colleagues leave another village's cases out")]
    public async Task Lists_leave_another_villages_cases_out()
    {
        var foreign = await ForeignCaseAsync();
        var own = await PersonAsync(DemoUsers.MemberVillage);
        await node.Factory.WaitForReadModelAsync();
        using var member = await node.Factory.CreateClientAsAsync(Roles.VillageMember);
        string[] lists =
        [
            "/api/persons?pageSize=100", "/api/persons?pageSize=100&village=" + ForeignVillage, "/api/persons?pageSize=100&town=" + Town,
            "/api/persons?q=" + Uri.EscapeDataString(ForeignName), "/api/instances?pageSize=100", "/api/instances?pageSize=100&personId=" + foreign.Person,
            "/api/tasks?pageSize=100", "/api/tasks?pageSize=100&candidateForMe=true", "/api/tasks?pageSize=100&jurisdiction=" + ForeignVillage,
            "/api/tasks?pageSize=100&personId=" + foreign.Person, "/api/tasks?q=" + Uri.EscapeDataString(ForeignName), "/api/petitions",
            "/api/notifications", "/api/colleagues",
        ];
        var leaks = new List<string>();

        foreach (var list in lists)
        {
            using var response = await member.GetAsync(new Uri(list, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Forbidden)
                || foreign.Ids.Append(ForeignName).Any(id => body.Contains(id, StringComparison.Ordinal)))
            {
                leaks.Add($"{list} → {(int)response.StatusCode} {body}");
            }
        }

        // The member's own village is listed, so an empty answer cannot pass for isolation.
        var persons = await member.GetStringAsync(new Uri("/api/persons?pageSize=100", UriKind.Relative));
        Assert.Contains(own, persons, StringComparison.Ordinal);
        Assert.Empty(leaks);
    }

    [Fact(DisplayName = "A village member starts 遍访 for a person of their own village but not for one of another village")]
    public async Task A_village_member_cannot_start_a_process_for_another_villages_person()
    {
        var own = await PersonAsync(DemoUsers.MemberVillage);
        var other = await PersonAsync(ForeignVillage);
        using var member = await node.Factory.CreateClientAsAsync(Roles.VillageMember);

        using var ownStart = await member.PostAsJsonAsync(new Uri("/api/instances", UriKind.Relative), new { processKey = "visit_campaign", personId = own });
        using var otherStart = await member.PostAsJsonAsync(new Uri("/api/instances", UriKind.Relative), new { processKey = "visit_campaign", personId = other });

        Assert.Equal(HttpStatusCode.Created, ownStart.StatusCode);
        Assert.Contains(otherStart.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        Assert.DoesNotContain(ForeignName, await otherStart.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Every route that takes the id of a person, instance, task or petition, as (method, template).</summary>
    private List<(string Method, string Template)> CaseEndpoints() =>
        node.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && CaseRoots.Any(root => raw.TrimStart('/').StartsWith(root, StringComparison.Ordinal))
                && raw.Contains("{id", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, "/" + e.RoutePattern.RawText!.TrimStart('/'))))
            .Distinct()
            .Order()
            .ToList();

    private static string Concrete(string template, ForeignCase foreign)
    {
        var root = template.Split('/')[2];
        return RouteParameter().Replace(template, m => m.Groups["name"].Value switch
        {
            "id" => root switch
            {
                "persons" => foreign.Person,
                "instances" => foreign.Instance,
                "tasks" => foreign.Task,
                _ => foreign.Petition,
            },
            "taskId" => foreign.Task,
            "attachmentId" => foreign.Attachment,
            "incidentId" => foreign.Instance + ":i1",
            _ when m.Value.Contains(":int", StringComparison.Ordinal) || m.Value.Contains(":long", StringComparison.Ordinal) => "1",
            _ => "x1",
        });
    }

    private static HttpContent? Body(string method, string template)
    {
        if (method is not ("POST" or "PUT" or "PATCH"))
        {
            return null;
        }

        if (template.EndsWith("/attachments", StringComparison.Ordinal))
        {
            return RouteTableRequests.Attachment("scan.png");
        }

        // Bodies (and above, a notice period) a caller in the village would send: the endpoints check their input before
        // they look the case up, which tells nothing about the case, but only a valid request shows the jurisdiction check.
        object body = template.Split('/')[^1] switch
        {
            "visits" => Visit,
            "problems" => Problem,
            "comments" => new { text = "看一看" },
            "priority" => new { priority = 50 },
            "return" => new { targetElementId = "Task_Visit", reason = "退回重走" },
            _ => new { },
        };
        return JsonContent.Create(body);
    }

    /// <summary>The current ETag of the foreign resource under <paramref name="root"/> (persons, tasks, petitions), where it has one.</summary>
    private async Task<string?> ETagAsync(string root, ForeignCase foreign)
    {
        var path = root switch
        {
            "persons" => $"/api/persons/{foreign.Person}/case-file",
            "tasks" => $"/api/tasks/{foreign.Task}",
            "petitions" => $"/api/petitions/{foreign.Petition}",
            _ => null,
        };
        if (path is null)
        {
            return null;
        }

        // The supervisor reads the current ETag, so a refusal can only come from the member's jurisdiction.
        using var read = await Supervisor.GetAsync(new Uri(path, UriKind.Relative));
        return read.Headers.ETag?.Tag;
    }

    /// <summary>A case in 610921.01.002: its person (with a visit and a problem), a 遍访 instance with its open visit task
    /// (with an attachment and a comment), and a petition about the person.</summary>
    private async Task<ForeignCase> ForeignCaseAsync()
    {
        var person = await PersonAsync(ForeignVillage);
        var personOnly = new ForeignCase(person, "", "", "", "");
        await PostOkAsync(Supervisor, $"/api/persons/{person}/visits", Visit, await ETagAsync("persons", personOnly));
        await PostOkAsync(Supervisor, $"/api/persons/{person}/problems", Problem, await ETagAsync("persons", personOnly));

        using var started = await Supervisor.PostAsJsonAsync(new Uri("/api/instances", UriKind.Relative), new { processKey = "visit_campaign", personId = person });
        Assert.True(started.StatusCode == HttpStatusCode.Created, await started.Content.ReadAsStringAsync());
        var instance = await started.Content.ReadFromJsonAsync<JsonElement>();
        var instanceId = instance.GetProperty("instanceId").GetString()!;
        var taskId = instance.GetProperty("tasks")[0].GetProperty("taskId").GetString()!;

        // The town's caseworker is a candidate for the visit, so the attachment and comment are real.
        using var caseworker = await node.Factory.CreateClientAsAsync(Roles.Caseworker);
        using var form = Body("POST", "/api/tasks/{id}/attachments")!;
        using var attached = await caseworker.PostAsync(new Uri($"/api/tasks/{taskId}/attachments", UriKind.Relative), form);
        Assert.True(attached.StatusCode == HttpStatusCode.Created, await attached.Content.ReadAsStringAsync());
        var attachment = (await attached.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        using var commented = await caseworker.PostAsJsonAsync(new Uri($"/api/tasks/{taskId}/comments", UriKind.Relative), new { text = ForeignName + "的材料" });
        Assert.True(commented.IsSuccessStatusCode, await commented.Content.ReadAsStringAsync());

        using var petition = await Supervisor.PostAsJsonAsync(new Uri("/api/petitions", UriKind.Relative), new
        {
            petitionerName = ForeignName, petitionerPhone = "13900004444", subjectPersonId = person, channel = "Letter", itemType = "ComplaintOrRequest",
            matterCategory = "Subsidy", matter = "邻村事项", receivedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.True(petition.StatusCode == HttpStatusCode.Created, await petition.Content.ReadAsStringAsync());
        var petitionId = (await petition.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        return new ForeignCase(person, instanceId, taskId, petitionId, attachment);
    }

    private async Task<string> PersonAsync(string village)
    {
        using var created = await Supervisor.PostAsJsonAsync(new Uri("/api/persons", UriKind.Relative),
            TestPersons.Request(Interlocked.Increment(ref _next), village == ForeignVillage ? ForeignName : "本村隔离", Town, village));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task PostOkAsync(HttpClient client, string path, object body, string? etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(body) };
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        }

        using var response = await client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    [GeneratedRegex(@"\{(?<name>[A-Za-z]+)[^}]*\}")]
    private static partial Regex RouteParameter();

    private sealed record ForeignCase(string Person, string Instance, string Task, string Petition, string Attachment)
    {
        public IEnumerable<string> Ids => new[] { Person, Instance, Task, Petition, Attachment }.Where(id => id.Length > 0);
    }
}
