using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Api.Tests.Tasks;
using Xunit.Abstractions;

namespace CaseFlow.Api.Tests.Fuzz;

/// <summary>
/// Sends 10,000 malformed requests (bad JSON, wrong types, huge strings, invalid ID numbers, path traversal in paths
/// and in attachment file names, oversized bodies, junk headers, malformed task, petition and case-file commands) to a
/// signed-in node: none may answer 5xx, every attachment it stored must carry a cleaned file name, and the node must
/// log no error and no unhandled exception. The generator is seeded, so a failure reproduces.
/// </summary>
public abstract partial class MalformedRequestFuzzTests(ITestOutputHelper output)
{
    private const int Requests = 10_000;
    private const int Seed = 20261128;

    protected abstract Task<CaseFlowApiFactory> CreateAsync();

    [Fact]
    public async Task Ten_thousand_malformed_requests_get_no_5xx_and_no_unhandled_error()
    {
        var factory = await CreateAsync();
        var statuses = new SortedDictionary<int, int>();
        var byRoute = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var serverErrors = new List<string>();
        List<string> storedNames;
        await using (factory)
        {
            using var client = await factory.CreateClientAsAsync("supervisor");
            var targets = await TargetsAsync(factory, client);
            var random = new Random(Seed);
            for (var i = 0; i < Requests; i++)
            {
                using var request = MalformedRequests.Next(random, i, targets);
                var description = $"#{i} {request.Method} {request.RequestUri}";
                var category = Category(request.RequestUri!.OriginalString);
                using var response = await client.SendAsync(request);
                var status = (int)response.StatusCode;
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                byRoute[category] = byRoute.GetValueOrDefault(category) + 1;
                if (status >= 500 && serverErrors.Count < 20)
                {
                    serverErrors.Add($"{description} → {status}: {Truncate(await response.Content.ReadAsStringAsync())}");
                }
            }

            var attachments = await client.GetFromJsonAsync<JsonElement>(TaskApiKit.Url($"/api/tasks/{targets.AttachmentTaskId}/attachments"));
            storedNames = attachments.EnumerateArray().Select(a => a.GetProperty("fileName").GetString()!).ToList();
        }

        output.WriteLine($"{Requests} malformed requests (seed {Seed}) on {factory.Provider}; answers by status:");
        foreach (var (status, count) in statuses)
        {
            output.WriteLine($"  {status}: {count}");
        }

        output.WriteLine("requests by endpoint family:");
        foreach (var (category, count) in byRoute)
        {
            output.WriteLine($"  {category}: {count}");
        }

        output.WriteLine($"attachments stored under a cleaned name: {storedNames.Count}; the names:");
        foreach (var name in storedNames.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            output.WriteLine($"  {Truncate(name)}");
        }

        Assert.True(serverErrors.Count == 0, string.Join('\n', serverErrors));
        Assert.Equal(Requests, statuses.Values.Sum());
        Assert.NotEmpty(storedNames);
        Assert.All(storedNames, AssertCleanFileName);
        var logs = factory.ReadLogs();
        Assert.Contains("/attachments responded", logs, StringComparison.Ordinal); // the log was read, not an empty folder
        var failures = ErrorLines(logs);
        Assert.True(failures.Count == 0, "The node logged errors:\n" + string.Join('\n', failures.Take(20)));
    }

    /// <summary>A stored name is a bare file name: no directory part, no control or format character (a right-to-left
    /// override shows "a\u202Egnp.exe" as "aexe.png"), not hidden, at most 100 characters.</summary>
    private static void AssertCleanFileName(string name)
    {
        Assert.False(string.IsNullOrWhiteSpace(name), "an empty file name was stored");
        Assert.True(name.Length <= 100, $"a name of {name.Length} characters was stored");
        Assert.DoesNotContain('/', name);
        Assert.DoesNotContain('\\', name);
        Assert.DoesNotContain(':', name);
        Assert.False(name.StartsWith('.'), $"a hidden or relative name was stored: {name}");
        Assert.DoesNotContain(name, c => char.IsControl(c) || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format);
    }

    /// <summary>Every line the node logged at Error or Fatal level, or that names an unhandled exception.</summary>
    private static List<string> ErrorLines(string logs) =>
        logs.Split('\n').Where(line => ErrorLevel().IsMatch(line) || line.Contains("nhandled", StringComparison.Ordinal)).ToList();

    private static async Task<FuzzTargets> TargetsAsync(CaseFlowApiFactory factory, HttpClient supervisor)
    {
        using var person = await supervisor.PostAsJsonAsync(TaskApiKit.Url("/api/persons"), TestPersons.Request(77_001, "模糊测试", DemoUsers.CaseworkerTown, DemoUsers.MemberVillage));
        Assert.Equal(HttpStatusCode.Created, person.StatusCode);
        var personId = (await person.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var kit = new TaskApiKit(factory);
        var (_, taskId) = await kit.StartAsync(personId: personId);
        var (_, attachmentTaskId) = await kit.StartAsync(personId: personId);
        using var petition = await supervisor.PostAsJsonAsync(TaskApiKit.Url("/api/petitions"), new
        {
            petitionerName = "赵六", petitionerPhone = "13900003333", subjectPersonId = personId, channel = "Letter", itemType = "ComplaintOrRequest",
            matterCategory = "Subsidy", matter = "模糊测试事项", receivedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Created, petition.StatusCode);
        return new FuzzTargets(personId, taskId, attachmentTaskId, (await petition.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
    }

    private static string Category(string path)
    {
        var segments = path.Split('?')[0].Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length switch
        {
            < 2 => path,
            2 => "/" + string.Join('/', segments),
            _ when segments[1] is "tasks" && segments.Length > 3 => $"/api/tasks/{{id}}/{segments[3]}",
            _ when segments[1] is "persons" or "petitions" && segments.Length > 3 => $"/api/{segments[1]}/{{id}}/{segments[3]}",
            _ => $"/api/{segments[1]}/…",
        };
    }

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300];

    // Serilog's file sink writes the level as [ERR] or [FTL].
    [GeneratedRegex(@"\[(ERR|FTL)\]")]
    private static partial Regex ErrorLevel();
}
