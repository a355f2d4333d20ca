namespace CaseFlow.Silo.Http;

/// <summary>Adds the browser-hardening headers every response should carry.</summary>
/// <remarks>
/// API answers are JSON for programs, so they forbid framing, sniffing and referrers outright and allow no content
/// at all. The reference page under <c>/scalar</c> loads its own scripts and styles, so it gets the same headers
/// minus the content policy. No CORS policy is registered: browsers refuse cross-origin calls by default, which
/// is what a county system with its own console wants.
/// </remarks>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        if (!context.Request.Path.StartsWithSegments("/scalar", StringComparison.OrdinalIgnoreCase))
        {
            headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
        }

        return next(context);
    }
}
