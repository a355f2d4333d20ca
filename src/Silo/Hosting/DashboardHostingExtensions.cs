using CaseFlow.Api.Auth;
using CaseFlow.Api.Common;
using CaseFlow.Silo.Options;
using Orleans.Dashboard;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Serves the Orleans dashboard at <c>/dashboard</c> to admins only, without its grain-state view.</summary>
/// <remarks>
/// The dashboard's grain-state page shows a grain's stored state as it is: a person's unmasked ID number and health
/// data, outside the API's masking and audit. CaseFlow answers it with 403 for everyone; case data is read through
/// the API, where every read is audited.
/// </remarks>
internal static class DashboardHostingExtensions
{
    private const string GrainStatePath = DashboardSession.PathPrefix + "/GrainState";

    // The dashboard's per-silo views read the silo address from the rest of the path and fail with an unhandled
    // exception (a 500) when it does not parse; an unknown silo is a bad request, so it is refused here with 404.
    private static readonly string[] SiloAddressPaths =
        [.. new[] { "HistoricalStats", "SiloCounters", "SiloMetadata", "SiloProperties", "SiloStats" }.Select(v => DashboardSession.PathPrefix + "/" + v)];

    public static WebApplication MapCaseFlowDashboard(this WebApplication app, NodeOptions node)
    {
        if (!node.Dashboard)
        {
            return app;
        }

        app.Use(async (http, next) =>
        {
            if (http.Request.Path.StartsWithSegments(GrainStatePath, StringComparison.OrdinalIgnoreCase))
            {
                await ApiProblems.WriteAsync(http, ApiErrorCodes.Forbidden,
                    "The dashboard's grain-state view is switched off: it would show personal data outside the audited API.").ConfigureAwait(false);
                return;
            }

            if (UnparsableSiloAddress(http.Request.Path))
            {
                await ApiProblems.WriteAsync(http, ApiErrorCodes.SiloNotFound, "No silo has this address.").ConfigureAwait(false);
                return;
            }

            await next(http).ConfigureAwait(false);
        });
        // Not part of the API: kept out of the OpenAPI document and so out of generated clients.
        app.MapOrleansDashboard(DashboardSession.PathPrefix).RequireAuthorization(AuthPolicies.Admin).ExcludeFromDescription();
        return app;
    }

    private static bool UnparsableSiloAddress(PathString path)
    {
        foreach (var prefix in SiloAddressPaths)
        {
            if (path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase, out var rest))
            {
                try
                {
                    _ = SiloAddress.FromParsableString(Uri.UnescapeDataString(rest.Value?.TrimStart('/') ?? string.Empty));
                    return false;
                }
                catch (Exception exception) when (exception is FormatException or ArgumentException or IndexOutOfRangeException or OverflowException)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
