using CaseFlow.Api.Admin;
using CaseFlow.Api.Audit;
using CaseFlow.Api.Auth;
using CaseFlow.Api.Colleagues;
using CaseFlow.Api.Common;
using CaseFlow.Api.ExternalTasks;
using CaseFlow.Api.Forms;
using CaseFlow.Api.Instances;
using CaseFlow.Api.Messages;
using CaseFlow.Api.Notifications;
using CaseFlow.Api.Persons;
using CaseFlow.Api.Petitions;
using CaseFlow.Api.Processes;
using CaseFlow.Api.Webhooks;
using CaseFlow.Api.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps every CaseFlow API group with the authorisation it needs; the host calls this once.</summary>
/// <remarks>
/// Every group requires a token; role × jurisdiction checks that depend on the data (persons) happen in the
/// handlers, role-only rules are group policies. The host's fallback policy also covers anything mapped without one.
/// </remarks>
public static class CaseFlowApiEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapCaseFlowApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        MapGroups(app.MapGroup(string.Empty).AddEndpointFilter(QueryTextFilter.InvokeAsync), app.ServiceProvider.GetRequiredService<AuthOptions>());
        return app;
    }

    // One group around them all, so the query-text filter (QueryTextFilter) covers every endpoint, and those added later.
    private static void MapGroups(IEndpointRouteBuilder app, AuthOptions auth)
    {
        app.MapAuthApi(embedded: auth.Mode == AuthMode.Embedded).RequireAuthorization();
        app.MapPersonsApi().RequireAuthorization();
        app.MapPersonRevealApi();
        app.MapPetitionsApi().RequireAuthorization();
        app.MapTasksApi().RequireAuthorization();
        app.MapColleaguesApi().RequireAuthorization();
        app.MapFormsApi().RequireAuthorization();
        app.MapProcessesApi().RequireAuthorization(AuthPolicies.ProcessDesign);
        app.MapAdminApi().RequireAuthorization(AuthPolicies.Admin);
        app.MapAuditApi().RequireAuthorization(AuthPolicies.Audit);
        app.MapInstancesApi().RequireAuthorization();
        app.MapMessagesApi().RequireAuthorization();
        app.MapExternalTasksApi().RequireAuthorization(AuthPolicies.Admin);
        app.MapNotificationsApi().RequireAuthorization();
        app.MapWebhooksApi().RequireAuthorization(AuthPolicies.Admin);
    }
}
