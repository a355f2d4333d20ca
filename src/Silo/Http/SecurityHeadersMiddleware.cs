namespace CaseFlow.Silo.Http;

/// <summary>Adds the browser-hardening headers every response should carry.</summary>
/// <remarks>
/// API answers are JSON for programs, so they forbid framing, sniffing and referrers outright and allow no content
/// at all. The reference page under <c>/scalar</c> loads its own scripts and styles, so it gets the same headers
/// minus the content policy; the studio under <c>/studio</c> gets a policy of its own. No CORS policy is registered:
/// browsers refuse cross-origin calls by default, which is what a county system with its own console wants.
/// Outside Development every answer also carries Strict-Transport-Security. It is sent whatever the scheme the node
/// sees, because TLS normally ends at the reverse proxy in front of it; a browser ignores the header on plain HTTP,
/// and in Development it would pin a developer's localhost to HTTPS.
/// </remarks>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next, IHostEnvironment environment)
{
    /// <summary>One year, the usual value for a site that will stay on HTTPS; no subdomains (the county may host others).</summary>
    public const string StrictTransportSecurity = "max-age=31536000";

    private readonly bool _hsts = !environment.IsDevelopment();

    // The studio runs only its own scripts and talks only to this node. The diagram editor positions and colours
    // shapes through inline style attributes and embeds its icon font as data, hence those two allowances.
    private const string StudioPolicy =
        "default-src 'self'; script-src 'self'; connect-src 'self'; img-src 'self' data:; font-src 'self' data:; "
        + "style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        if (_hsts)
        {
            headers.StrictTransportSecurity = StrictTransportSecurity;
        }

        if (CaseFlow.Api.Studio.StudioFiles.Serves(context.Request.Path))
        {
            headers.ContentSecurityPolicy = StudioPolicy;
        }
        else if (!context.Request.Path.StartsWithSegments("/scalar", StringComparison.OrdinalIgnoreCase))
        {
            headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
        }

        return next(context);
    }
}
