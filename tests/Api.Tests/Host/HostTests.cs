using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Host;

/// <summary>What every node offers regardless of resource: health, OpenAPI, its reference page, ProblemDetails.</summary>
public abstract class HostTests<TNode>(TNode node) : IClassFixture<TNode>
    where TNode : NodeFixture
{
    protected HttpClient Client => node.Client;

    /// <summary>Health, OpenAPI and the reference page are asked for without a token: probes and operators have none.</summary>
    protected HttpClient Anonymous => node.Anonymous;

    [Fact]
    public async Task Health_reports_storage_cluster_and_read_model()
    {
        using var response = await Anonymous.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        var checks = body.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("storage").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("cluster").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("read-model").GetProperty("status").GetString());
    }

    [Fact]
    public async Task OpenApi_document_describes_the_persons_api()
    {
        var document = await Anonymous.GetFromJsonAsync<JsonElement>(new Uri("/openapi/v1.json", UriKind.Relative));

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/persons", out _));
        Assert.True(paths.TryGetProperty("/api/persons/{id}", out _));
        Assert.True(paths.TryGetProperty("/api/persons/{id}/history", out _));
    }

    [Fact]
    public async Task Reference_page_is_served()
    {
        using var response = await Anonymous.GetAsync(new Uri("/scalar/v1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Unknown_route_is_problem_details_with_code()
    {
        using var response = await Client.GetAsync(new Uri("/api/nothing-here", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("NOT_FOUND", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Malformed_json_is_400_with_code()
    {
        using var content = new StringContent("{\"name\": \"张三\", ", Encoding.UTF8, "application/json");
        using var response = await Client.PostAsync(new Uri("/api/persons", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("BAD_REQUEST", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Wrong_type_is_400_naming_the_field()
    {
        using var content = new StringContent("{\"name\": \"张三\", \"birthDate\": 12}", Encoding.UTF8, "application/json");
        using var response = await Client.PostAsync(new Uri("/api/persons", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("BAD_REQUEST", problem.GetProperty("code").GetString());
        Assert.Equal("birthDate", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Oversized_body_is_413_with_code()
    {
        var huge = "{\"name\": \"" + new string('a', 2 * 1024 * 1024) + "\"}";
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/persons", UriKind.Relative))
        {
            Content = new StringContent(huge, Encoding.UTF8, "application/json"),
        };

        // With 100-continue the server's early 413 arrives before the body is sent, as a well-behaved client does;
        // otherwise the server may close the socket while the client is still writing.
        request.Headers.ExpectContinue = true;
        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("PAYLOAD_TOO_LARGE", problem.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("GET", "/api/persons")]
    [InlineData("GET", "/api/persons/P1")]
    [InlineData("POST", "/api/persons")]
    [InlineData("GET", "/api/processes")]
    [InlineData("GET", "/api/admin/users")]
    [InlineData("GET", "/api/auth/me")]
    [InlineData("GET", "/api/nothing-here")]
    public async Task Api_without_a_token_is_401_with_code(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (method == "POST")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        using var response = await Anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("UNAUTHENTICATED", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Responses_carry_security_headers_and_no_cors_grant()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/persons", UriKind.Relative));
        request.Headers.Add("Origin", "https://elsewhere.example");
        using var response = await Client.SendAsync(request);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Theory]
    [InlineData("/api/persons", "POST")]
    [InlineData("/api/auth/token", "POST")]
    [InlineData("/api/tasks", "GET")]
    public async Task A_cors_preflight_from_another_origin_is_granted_nothing(string path, string method)
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, new Uri(path, UriKind.Relative));
        preflight.Headers.Add("Origin", "https://elsewhere.example");
        preflight.Headers.Add("Access-Control-Request-Method", method);
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization, content-type");

        using var response = await Client.SendAsync(preflight);

        Assert.False(response.IsSuccessStatusCode, $"{(int)response.StatusCode}");
        Assert.DoesNotContain(response.Headers, h => h.Key.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(response.Content.Headers, h => h.Key.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase));
    }
}
