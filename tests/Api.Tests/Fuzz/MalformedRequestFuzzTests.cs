using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Api.Tests.Privacy;
using Xunit.Abstractions;

namespace CaseFlow.Api.Tests.Fuzz;

/// <summary>
/// Sends 10,000 malformed requests (bad JSON, wrong types, huge strings, invalid ID numbers, path traversal,
/// oversized bodies, junk headers) to a signed-in node: none may answer 5xx, and the node must log no unhandled
/// request error. The generator is seeded, so a failure reproduces.
/// </summary>
[Collection(LogReadingCollection.Name)]
public sealed class MalformedRequestFuzzTests(ITestOutputHelper output)
{
    private const int Requests = 10_000;
    private const int Seed = 20261128;

    [Fact]
    public async Task Ten_thousand_malformed_requests_get_no_5xx_and_no_unhandled_error()
    {
        var factory = CaseFlowApiFactory.Sqlite();
        var statuses = new SortedDictionary<int, int>();
        var serverErrors = new List<string>();
        await using (factory)
        {
            using var client = await factory.CreateClientAsAsync("supervisor");
            var random = new Random(Seed);
            for (var i = 0; i < Requests; i++)
            {
                using var request = MalformedRequests.Next(random, i);
                var description = $"#{i} {request.Method} {request.RequestUri}";
                using var response = await client.SendAsync(request);
                var status = (int)response.StatusCode;
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                if (status >= 500 && serverErrors.Count < 20)
                {
                    serverErrors.Add($"{description} → {status}: {Truncate(await response.Content.ReadAsStringAsync())}");
                }
            }
        }

        output.WriteLine($"{Requests} malformed requests (seed {Seed}); answers by status:");
        foreach (var (status, count) in statuses)
        {
            output.WriteLine($"  {status}: {count}");
        }

        Assert.True(serverErrors.Count == 0, string.Join('\n', serverErrors));
        var logs = factory.ReadLogs();
        Assert.DoesNotContain("Unhandled error while serving", logs, StringComparison.Ordinal);
        Assert.Equal(Requests, statuses.Values.Sum());
    }

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300];
}
