using CaseFlow.Api.Studio;
using Microsoft.AspNetCore.Routing;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Serves the studio and console (src/Studio) under <c>/studio</c>.</summary>
/// <remarks>
/// <para>
/// The files are public (the page, scripts and styles hold no data; every API call still needs a token), so the file
/// middleware goes before authorisation, whose fallback policy would otherwise demand a token for them.
/// </para>
/// <para>
/// The app routes in the browser (<c>/studio/processes/…</c>), so a reload of such an address must answer the page.
/// That fallback only covers <c>/studio/…</c> paths without a file extension: it never shadows <c>/api</c>,
/// <c>/health</c>, <c>/openapi</c> or <c>/scalar</c>, and a missing asset stays a 404.
/// </para>
/// </remarks>
public static class StudioApplicationBuilderExtensions
{
    public static IApplicationBuilder UseCaseFlowStudio(this IApplicationBuilder app)
    {
        return app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = StudioFiles.CreateProvider(),
            RequestPath = StudioFiles.RequestPath,
            OnPrepareResponse = StudioFiles.SetCacheHeaders,
        });
    }

    public static IEndpointRouteBuilder MapCaseFlowStudio(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var page = new StaticFileOptions { FileProvider = StudioFiles.CreateProvider(), OnPrepareResponse = StudioFiles.SetCacheHeaders };
        app.MapFallbackToFile(StudioFiles.RequestPath.TrimStart('/') + "/{**path:nonfile}", "index.html", page).AllowAnonymous();
        return app;
    }
}
