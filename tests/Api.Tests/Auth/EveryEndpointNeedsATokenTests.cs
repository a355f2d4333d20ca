using System.Net;
using CaseFlow.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Api.Tests.Auth;

/// <summary>
/// Every endpoint the node maps under <c>/api</c> (and the dashboard) answers 401 without a token, except sign-in:
/// read from the node's own route table, so an endpoint added later is covered without editing this test.
/// </summary>
public sealed class EveryEndpointNeedsATokenTests(SqliteNodeFixture node) : IClassFixture<SqliteNodeFixture>
{
    private static readonly string[] Anonymous = ["POST /api/auth/token"];

    [Fact]
    public async Task Every_api_endpoint_refuses_a_caller_without_a_token()
    {
        var endpoints = node.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && (raw.TrimStart('/').StartsWith("api/", StringComparison.Ordinal) || raw.TrimStart('/').StartsWith("dashboard", StringComparison.Ordinal)))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Path: "/" + e.RoutePattern.RawText!.TrimStart('/'))))
            .Distinct()
            .ToList();
        var answeredWithoutToken = new List<string>();

        foreach (var (method, template) in endpoints)
        {
            if (Anonymous.Contains($"{method} {template}", StringComparer.Ordinal))
            {
                continue;
            }

            using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(RouteTableRequests.Concrete(template), UriKind.Relative));
            request.Content = method is "POST" or "PUT" or "PATCH" ? RouteTableRequests.Body($"{method} {template}") : null;

            using var response = await node.Anonymous.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.Unauthorized)
            {
                answeredWithoutToken.Add($"{method} {template} → {(int)response.StatusCode}");
            }
        }

        Assert.True(endpoints.Count > 30, $"Only {endpoints.Count} endpoints were found; the route table was not read.");
        Assert.Empty(answeredWithoutToken);
    }
}
