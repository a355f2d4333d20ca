using System.Net;
using CaseFlow.Studio.Tests.Infrastructure;

namespace CaseFlow.Studio.Tests;

/// <summary>How the node serves the studio: the page under /studio, and nothing shadowed under the other prefixes.</summary>
[Collection(StudioCollection.Name)]
public sealed class StudioHostingTests(StudioFixture node)
{
    // A plain client on the node's socket, without the factory's cookie and redirect handling.
    private HttpClient Anonymous() => new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = node.BaseAddress };

    [Theory(DisplayName = "Every address in the app answers the page without a token, with the studio's content policy")]
    [InlineData("/studio/")]
    [InlineData("/studio")]
    [InlineData("/studio/processes/home_visit")]
    [InlineData("/studio/persons/P-123")]
    public async Task App_addresses_answer_the_page(string path)
    {
        using var client = Anonymous();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<div id=\"app\">", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
    }

    [Theory(DisplayName = "The fallback never shadows the API, health, OpenAPI or a missing asset")]
    [InlineData("/api/no-such-thing", HttpStatusCode.Unauthorized, "application/problem+json")]
    [InlineData("/api/processes", HttpStatusCode.Unauthorized, "application/problem+json")]
    // A missing asset is not the page: like any unmapped address it falls to the fallback authorisation policy.
    [InlineData("/studio/assets/missing.js", HttpStatusCode.Unauthorized, "application/problem+json")]
    [InlineData("/openapi/v1.json", HttpStatusCode.OK, "application/json")]
    public async Task Other_prefixes_are_not_shadowed(string path, HttpStatusCode status, string? mediaType)
    {
        using var client = Anonymous();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        if (mediaType is not null)
        {
            Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact(DisplayName = "The root redirects to the studio, and hashed assets may be cached for good")]
    public async Task Root_redirects_and_assets_are_immutable()
    {
        using var client = Anonymous();
        using var root = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal("/studio/", root.Headers.Location?.OriginalString);

        var page = await client.GetStringAsync(new Uri("/studio/", UriKind.Relative));
        var script = System.Text.RegularExpressions.Regex.Match(page, "src=\"(/studio/assets/[^\"]+\\.js)\"").Groups[1].Value;
        Assert.NotEmpty(script);
        using var asset = await client.GetAsync(new Uri(script, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Contains("immutable", asset.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }
}
