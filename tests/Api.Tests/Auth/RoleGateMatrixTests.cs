using System.Globalization;
using System.Text;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Grains.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Api.Tests.Auth;

/// <summary>
/// Every endpoint the node maps under <c>/api</c> and <c>/dashboard</c> × every role: the status of a request with
/// placeholder ids and a body of the kind the endpoint takes. Read from the node's own route table, so an endpoint added later fails this
/// test until its row is written here: no endpoint can ship without a decision on which roles it lets through.
/// </summary>
/// <remarks>
/// 403 means the role is refused before anything is looked at. Any other status means the role passes the role gate
/// and the request goes on to its next check: 404 for the placeholder id (or one outside the caller's jurisdiction),
/// 422 for the empty body, 428 for the missing If-Match. Numeric route parameters get a number and the endpoints that
/// take XML or a file get a valid one (<see cref="RouteTableRequests"/>), so no row stops at routing's 404 or 415,
/// which come before any role check. Where a resource
/// is per-task or per-jurisdiction, the row only shows that no role is refused up front; the per-resource matrices
/// (persons, case file, instances, tasks, petitions) check inside and outside the jurisdiction with real resources.
/// No cell may be a 5xx.
/// </remarks>
public abstract class RoleGateMatrixTests<TNode>(TNode node) : IClassFixture<TNode>
    where TNode : NodeFixture
{
    // endpoint → status for village_member, caseworker, assessor, petition_officer, supervisor, director, admin
    private static readonly Dictionary<string, string> Expected = new(StringComparer.Ordinal)
    {
        ["DELETE /api/admin/webhooks/{id}"] = "403 403 403 403 403 403 404",
        ["DELETE /api/tasks/filters/{filterId}"] = "404 404 404 404 404 404 404",
        ["DELETE /api/admin/users/{id}/roles/{role}/{jurisdiction}"] = "403 403 403 403 403 403 404",
        ["PUT /api/admin/jurisdictions/{code}"] = "403 403 403 403 403 403 422",
        ["GET /api/admin/jurisdictions"] = "403 403 403 403 403 403 200",
        ["GET /api/admin/users"] = "403 403 403 403 403 403 200",
        ["GET /api/admin/users/{id}"] = "403 403 403 403 403 403 404",
        ["PATCH /api/admin/users/{id}"] = "403 403 403 403 403 403 404",
        ["POST /api/admin/users/{id}/password"] = "403 403 403 403 403 403 422",
        ["POST /api/admin/users/{id}/unlock"] = "403 403 403 403 403 403 404",
        ["GET /api/admin/webhooks/"] = "403 403 403 403 403 403 200",
        ["GET /api/admin/webhooks/{id}"] = "403 403 403 403 403 403 404",
        ["GET /api/admin/webhooks/{id}/deliveries"] = "403 403 403 403 403 403 404",
        ["GET /api/audit/"] = "403 403 403 403 403 200 200",
        ["GET /api/auth/me"] = "200 200 200 200 200 200 200",
        ["GET /api/colleagues/"] = "200 200 200 200 200 200 403",
        ["GET /api/forms/"] = "200 200 200 200 200 200 200",
        ["GET /api/forms/{key}"] = "404 404 404 404 404 404 404",
        ["GET /api/forms/{key}/versions"] = "404 404 404 404 404 404 404",
        ["GET /api/forms/{key}/versions/{version:int}"] = "404 404 404 404 404 404 404",
        ["GET /api/instances/"] = "200 200 403 403 200 200 200",
        ["GET /api/instances/{id}"] = "404 404 403 403 404 404 404",
        ["GET /api/instances/{id}/history"] = "404 404 403 403 404 404 404",
        ["GET /api/instances/{id}/incidents"] = "404 404 403 403 404 404 404",
        ["GET /api/notifications/"] = "200 200 200 200 200 200 200",
        ["GET /api/notifications/stream"] = "200 200 200 200 200 200 200",
        ["GET /api/notifications/unread-count"] = "200 200 200 200 200 200 200",
        ["GET /api/persons/"] = "200 200 403 403 200 200 403",
        ["GET /api/persons/{id}"] = "404 404 403 403 404 404 403",
        ["GET /api/persons/{id}/case-file"] = "404 404 403 403 404 404 403",
        ["GET /api/persons/{id}/public-notice"] = "422 422 403 403 422 422 403",
        ["GET /api/persons/{id}/history"] = "404 404 403 403 404 404 403",
        ["GET /api/petitions/"] = "403 200 403 200 200 200 403",
        ["GET /api/petitions/stats"] = "403 200 403 200 200 200 403",
        ["GET /api/petitions/{id}"] = "403 404 403 404 404 404 403",
        ["GET /api/processes/"] = "403 403 403 403 200 200 403",
        ["GET /api/processes/{key}/versions"] = "403 403 403 403 404 404 403",
        ["GET /api/processes/{key}/versions/{version:int}/xml"] = "403 403 403 403 404 404 403",
        ["GET /api/tasks/"] = "200 200 200 200 200 200 200",
        ["GET /api/tasks/filters"] = "200 200 200 200 200 200 200",
        ["GET /api/tasks/{id}"] = "404 404 404 404 404 404 404",
        ["GET /api/tasks/{id}/attachments"] = "404 404 404 404 404 404 404",
        ["GET /api/tasks/{id}/attachments/{attachmentId}"] = "404 404 404 404 404 404 404",
        ["GET /api/tasks/{id}/comments"] = "404 404 404 404 404 404 404",
        ["GET /api/tasks/{id}/form"] = "404 404 404 404 404 404 404",
        ["GET /api/tasks/{id}/history"] = "404 404 404 404 404 404 404",
        ["GET /dashboard/"] = "403 403 403 403 403 403 200",
        ["GET /dashboard/ClusterStats"] = "403 403 403 403 403 403 200",
        ["GET /dashboard/DashboardCounters"] = "403 403 403 403 403 403 200",
        ["GET /dashboard/GrainState"] = "403 403 403 403 403 403 403",
        ["GET /dashboard/GrainStats/{*grainName}"] = "403 403 403 403 403 403 200",
        ["GET /dashboard/GrainTypes"] = "403 403 403 403 403 403 200",
        ["GET /dashboard/HistoricalStats/{*path}"] = "403 403 403 403 403 403 404",
        ["GET /dashboard/LifecycleStages"] = "403 403 403 403 403 403 200",
        ["GET /dashboard/Reminders"] = "403 403 403 403 403 403 200",
        ["GET /dashboard/Reminders/{page:int}"] = "403 403 403 403 403 403 200",
        ["GET /dashboard/SiloCounters/{*address}"] = "403 403 403 403 403 403 404",
        ["GET /dashboard/SiloMetadata/{*address}"] = "403 403 403 403 403 403 404",
        ["GET /dashboard/SiloProperties/{*address}"] = "403 403 403 403 403 403 404",
        ["GET /dashboard/SiloStats/{*address}"] = "403 403 403 403 403 403 404",
        ["GET /dashboard/TopGrainMethods"] = "403 403 403 403 403 403 200",
        ["GET /dashboard/Trace"] = "403 403 403 403 403 403 200",
        ["GET /dashboard/favicon.ico"] = "403 403 403 403 403 403 200",
        ["GET /dashboard/fonts/{**path}"] = "403 403 403 403 403 403 404",
        ["GET /dashboard/img/{**path}"] = "403 403 403 403 403 403 404",
        ["GET /dashboard/index.css"] = "403 403 403 403 403 403 200",
        ["GET /dashboard/index.html"] = "403 403 403 403 403 403 200",
        ["GET /dashboard/index.min.js"] = "403 403 403 403 403 403 200",
        ["GET /dashboard/version"] = "403 403 403 403 403 403 200",
        ["PATCH /api/persons/{id}"] = "403 428 403 403 428 428 403",
        ["POST /api/admin/users"] = "403 403 403 403 403 403 422",
        ["POST /api/admin/users/{id}/roles"] = "403 403 403 403 403 403 422",
        ["POST /api/admin/webhooks/"] = "403 403 403 403 403 403 422",
        ["POST /api/admin/webhooks/{id}/deliveries/{deliveryId:long}/retry"] = "403 403 403 403 403 403 404",
        ["POST /api/auth/dashboard-session"] = "403 403 403 403 403 403 204",
        ["POST /api/auth/token"] = "401 401 401 401 401 401 401",
        ["POST /api/external-tasks/fetch-and-lock"] = "403 403 403 403 403 403 422",
        ["POST /api/external-tasks/{id}/complete"] = "403 403 403 403 403 403 422",
        ["POST /api/external-tasks/{id}/extend-lock"] = "403 403 403 403 403 403 422",
        ["POST /api/external-tasks/{id}/failure"] = "403 403 403 403 403 403 422",
        ["POST /api/forms/{key}"] = "403 403 403 403 422 422 422",
        ["POST /api/instances/"] = "422 422 403 422 422 422 403",
        ["POST /api/instances/migrate"] = "403 403 403 403 422 422 422",
        ["POST /api/messages/"] = "403 403 403 403 422 422 422",
        ["POST /api/instances/{id}/cancel"] = "403 403 403 403 404 404 404",
        ["POST /api/instances/{id}/incidents/{incidentId}/retry"] = "403 403 403 403 404 404 404",
        ["POST /api/instances/{id}/modify"] = "403 403 403 403 404 404 404",
        ["POST /api/instances/{id}/tasks/{taskId}/complete"] = "403 403 403 403 404 404 404",
        ["POST /api/notifications/read-all"] = "200 200 200 200 200 200 200",
        ["POST /api/notifications/{id:long}/read"] = "404 404 404 404 404 404 404",
        ["POST /api/persons/"] = "403 422 403 403 422 422 403",
        ["POST /api/persons/{id}/assistance"] = "403 428 403 403 428 428 403",
        ["POST /api/persons/{id}/assistance/{assignmentId}/close"] = "403 428 403 403 428 428 403",
        ["POST /api/persons/{id}/assistance/{assignmentId}/matters/{matterId}/status"] = "403 428 403 403 428 428 403",
        ["POST /api/persons/{id}/benefits"] = "403 428 403 403 428 428 403",
        ["POST /api/persons/{id}/benefits/{entitlementId}/end"] = "403 428 403 403 428 428 403",
        ["POST /api/persons/{id}/certificates"] = "403 428 403 403 428 428 403",
        ["POST /api/persons/{id}/certificates/current/end"] = "403 428 403 403 428 428 403",
        ["POST /api/persons/{id}/enrolments"] = "403 428 403 403 428 428 403",
        ["POST /api/persons/{id}/enrolments/{enrolmentId}/end"] = "403 428 403 403 428 428 403",
        ["POST /api/persons/{id}/insurance-reductions"] = "403 428 403 403 428 428 403",
        ["POST /api/persons/{id}/problems"] = "428 428 403 403 428 428 403",
        ["POST /api/persons/{id}/problems/{problemId}/resolve"] = "428 428 403 403 428 428 403",
        ["POST /api/persons/{id}/process-links"] = "403 428 403 403 428 428 403",
        ["POST /api/persons/{id}/reveal"] = "403 422 403 403 422 422 403",
        ["POST /api/persons/{id}/services"] = "403 428 403 403 428 428 403",
        ["POST /api/persons/{id}/services/{serviceId}/status"] = "403 428 403 403 428 428 403",
        ["POST /api/persons/{id}/visits"] = "428 428 403 403 428 428 403",
        ["POST /api/petitions/"] = "403 403 403 422 422 422 403",
        ["POST /api/petitions/{id}/acceptance"] = "403 428 403 428 428 428 403",
        ["POST /api/petitions/{id}/answer"] = "403 428 403 428 428 428 403",
        ["POST /api/petitions/{id}/close"] = "403 428 403 428 428 428 403",
        ["POST /api/petitions/{id}/extension"] = "403 428 403 428 428 428 403",
        ["POST /api/petitions/{id}/reviews"] = "403 428 403 428 428 428 403",
        ["POST /api/petitions/{id}/reviews/result"] = "403 428 403 428 428 428 403",
        ["POST /api/petitions/{id}/satisfaction"] = "403 428 403 428 428 428 403",
        ["POST /api/processes/"] = "403 403 403 403 201 201 403",
        ["POST /api/processes/validate"] = "403 403 403 403 200 200 403",
        ["POST /api/processes/{key}/versions/{version:int}/publish"] = "403 403 403 403 404 404 403",
        ["POST /api/processes/{key}/versions/{version:int}/unpublish"] = "403 403 403 403 404 404 403",
        ["POST /api/tasks/filters"] = "422 422 422 422 422 422 422",
        ["POST /api/tasks/{id}/assign"] = "404 404 404 404 404 404 404",
        ["POST /api/tasks/{id}/attachments"] = "404 404 404 404 404 404 404",
        ["POST /api/tasks/{id}/claim"] = "404 404 404 404 404 404 404",
        ["POST /api/tasks/{id}/comments"] = "404 404 404 404 404 404 404",
        ["POST /api/tasks/{id}/complete"] = "404 404 404 404 404 404 404",
        ["POST /api/tasks/{id}/delegate"] = "404 404 404 404 404 404 404",
        ["POST /api/tasks/{id}/pause"] = "404 404 404 404 404 404 404",
        ["POST /api/tasks/{id}/resolve"] = "404 404 404 404 404 404 404",
        ["POST /api/tasks/{id}/resume"] = "404 404 404 404 404 404 404",
        ["POST /api/tasks/{id}/return"] = "422 422 422 422 422 422 422",
        ["POST /api/tasks/{id}/unclaim"] = "404 404 404 404 404 404 404",
        ["PUT /api/forms/{key}"] = "403 403 403 403 422 422 422",
        ["PUT /api/persons/{id}/monitoring"] = "403 428 403 403 428 428 403",
        ["PUT /api/tasks/{id}/due-date"] = "404 404 404 404 404 404 404",
        ["PUT /api/tasks/{id}/follow-up-date"] = "404 404 404 404 404 404 404",
        ["PUT /api/tasks/{id}/priority"] = "422 422 422 422 422 422 422",
    };

    [Fact]
    public async Task Every_endpoint_lets_through_exactly_the_roles_the_matrix_names()
    {
        var endpoints = node.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && (raw.TrimStart('/').StartsWith("api/", StringComparison.Ordinal) || raw.TrimStart('/').StartsWith("dashboard", StringComparison.Ordinal)))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => m + " /" + e.RoutePattern.RawText!.TrimStart('/')))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal("village_member caseworker assessor petition_officer supervisor director admin", string.Join(' ', Roles.All));
        var expected = new StringBuilder();
        var actual = new StringBuilder();
        var clients = new Dictionary<string, HttpClient>(StringComparer.Ordinal);
        foreach (var role in Roles.All)
        {
            clients[role] = await node.Factory.CreateClientAsAsync(role);
        }

        foreach (var endpoint in endpoints)
        {
            var cells = new List<string>();
            foreach (var role in Roles.All)
            {
                cells.Add((await SendAsync(clients[role], endpoint)).ToString(CultureInfo.InvariantCulture));
            }

            expected.Append(endpoint).Append(": ").AppendLine(Expected.TryGetValue(endpoint, out var row) ? row : "(no row in the matrix)");
            actual.Append(endpoint).Append(": ").AppendLine(string.Join(' ', cells));
        }

        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        Assert.True(endpoints.Count > 100, $"Only {endpoints.Count} endpoints were found; the route table was not read.");
        Assert.Equal(expected.ToString(), actual.ToString());
        Assert.Empty(Expected.Keys.Except(endpoints, StringComparer.Ordinal));
    }

    [Fact(DisplayName = "Only the process designers (supervisor, director) deploy a valid BPMN file")]
    public async Task Only_process_designers_deploy_a_valid_model()
    {
        var statuses = new List<string>();
        foreach (var role in new[] { Roles.Caseworker, Roles.VillageMember, Roles.Admin, Roles.Supervisor, Roles.Director })
        {
            using var client = await node.Factory.CreateClientAsAsync(role);
            using var deployed = await client.PostAsync(new Uri("/api/processes", UriKind.Relative), RouteTableRequests.Body("POST /api/processes/"));
            statuses.Add($"{role} {(int)deployed.StatusCode}");
        }

        Assert.Equal(["caseworker 403", "village_member 403", "admin 403", "supervisor 201", "director 201"], statuses);
    }

    private static async Task<int> SendAsync(HttpClient client, string endpoint)
    {
        var space = endpoint.IndexOf(' ', StringComparison.Ordinal);
        var method = endpoint[..space];
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(RouteTableRequests.Concrete(endpoint[(space + 1)..]), UriKind.Relative));
        request.Content = method is "POST" or "PUT" or "PATCH" ? RouteTableRequests.Body(endpoint) : null;

        // Headers only: the notification stream answers its status at once and then stays open.
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return (int)response.StatusCode;
    }
}
