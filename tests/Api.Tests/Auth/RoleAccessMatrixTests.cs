using System.Net.Http.Json;
using System.Text;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Grains.Identity;

namespace CaseFlow.Api.Tests.Auth;

/// <summary>
/// Every resource group × every role: who may enter at all (DOMAIN.md §2.3, ARCHITECTURE.md "Identity, access and
/// privacy"). What a role then sees inside a group, by jurisdiction, is the subject of each group's own matrix
/// (persons, tasks) and jurisdiction tests (instances, case file, petitions).
/// </summary>
public sealed class RoleAccessMatrixTests(SqliteNodeFixture node) : IClassFixture<SqliteNodeFixture>
{
    // Column order: village_member, caseworker, assessor, petition_officer, supervisor, director, admin (Roles.All).
    private static readonly (string Method, string Path, int[] Statuses)[] Expected =
    [
        ("GET", "/api/auth/me", [200, 200, 200, 200, 200, 200, 200]),
        ("GET", "/api/persons", [200, 200, 403, 403, 200, 200, 403]),
        ("GET", "/api/tasks", [200, 200, 200, 200, 200, 200, 200]),
        ("GET", "/api/notifications", [200, 200, 200, 200, 200, 200, 200]),
        ("GET", "/api/instances", [200, 200, 403, 403, 200, 200, 200]),
        ("GET", "/api/petitions", [403, 200, 403, 200, 200, 200, 403]),
        ("GET", "/api/processes", [403, 403, 403, 403, 200, 200, 403]),
        ("GET", "/api/audit", [403, 403, 403, 403, 403, 200, 200]),
        ("GET", "/api/admin/users", [403, 403, 403, 403, 403, 403, 200]),
        ("GET", "/api/admin/webhooks", [403, 403, 403, 403, 403, 403, 200]),
        ("POST", "/api/external-tasks/fetch-and-lock", [403, 403, 403, 403, 403, 403, 200]),
        ("GET", "/dashboard/ClusterStats", [403, 403, 403, 403, 403, 403, 200]),
    ];

    [Fact]
    public async Task Every_resource_group_admits_exactly_its_roles()
    {
        var expected = new StringBuilder();
        var actual = new StringBuilder();
        foreach (var (role, column) in Roles.All.Select((role, column) => (role, column)))
        {
            using var client = await node.Factory.CreateClientAsAsync(role);
            foreach (var (method, path, statuses) in Expected)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
                if (method == "POST")
                {
                    request.Content = JsonContent.Create(new { workerId = "matrix", maxTasks = 1, topics = new[] { new { topicName = "matrix.none", lockDuration = 1000 } } });
                }

                using var response = await client.SendAsync(request);
                expected.AppendLine($"{role} {method} {path} {statuses[column]}");
                actual.AppendLine($"{role} {method} {path} {(int)response.StatusCode}");
            }
        }

        Assert.Equal(expected.ToString(), actual.ToString());
    }
}
