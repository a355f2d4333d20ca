using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace CaseFlow.Api.Studio;

/// <summary>Where the built studio lives and how its files are served.</summary>
/// <remarks>
/// The build copies <c>src/Api/wwwroot/studio</c> next to the assemblies (see src/Studio/Studio.targets), so the
/// folder is found relative to the application base in <c>dotnet run</c>, tests and published output alike, whatever
/// the working directory. A node built with <c>SkipStudioBuild</c> has no folder and simply serves no studio.
/// </remarks>
public static class StudioFiles
{
    public const string RequestPath = "/studio";

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "wwwroot", "studio");

    public static IFileProvider CreateProvider() =>
        System.IO.Directory.Exists(Directory) ? new PhysicalFileProvider(Directory) : new NullFileProvider();

    /// <summary>Vite puts a content hash in every asset name, so assets may be cached for good; the page never.</summary>
    public static void SetCacheHeaders(StaticFileResponseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var immutable = context.File.PhysicalPath?.Contains(Path.DirectorySeparatorChar + "assets" + Path.DirectorySeparatorChar, StringComparison.Ordinal) == true;
        context.Context.Response.Headers[HeaderNames.CacheControl] = immutable ? "public, max-age=31536000, immutable" : "no-cache";
    }

    /// <summary>True for requests the studio answers; its pages get their own content security policy.</summary>
    public static bool Serves(PathString path) => path.StartsWithSegments(RequestPath, StringComparison.OrdinalIgnoreCase);
}
