using CaseFlow.Api.Auth;
using CaseFlow.Api.Common;
using CaseFlow.Grains.Identity;
using CaseFlow.Grains.Organisation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace CaseFlow.Api.Colleagues;

/// <summary><c>GET /api/colleagues</c>: the people a user may hand a task to (指派, 委托), within the user's reach.</summary>
/// <remarks>
/// The reach is where the caller holds any working role, each role counting in its jurisdiction and below, and the
/// levels above it: a village member works with the town's caseworker, every town with the county's supervisors and
/// director. Only sign-in names, display names and working roles are answered: the picker needs nothing more, and
/// admins keep their own user list.
/// </remarks>
public static class ColleaguesApi
{
    private const string Tag = "Colleagues";
    private const int MaxSearchLength = 50;

    public static RouteGroupBuilder MapColleaguesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("api/colleagues").WithTags(Tag);
        group.MapGet("/", ListAsync).WithName("ListColleagues")
            .WithSummary("People the caller may assign or delegate a task to, filtered by login or name");
        return group;
    }

    public static async Task<Results<Ok<IReadOnlyList<Colleague>>, ProblemHttpResult>> ListAsync(
        [FromQuery] string? q, [AsParameters] ColleagueServices services, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        var caller = Caller.From(http.User, services.Auth);
        var working = Roles.All.Where(role => role != Roles.Admin).ToList();
        if (!caller.Roles.Any(working.Contains))
        {
            return ApiProblems.Of(ApiErrorCodes.Forbidden, "Only staff who work on tasks look up colleagues.");
        }

        if (q is { Length: > MaxSearchLength })
        {
            return ApiProblems.Of(ApiErrorCodes.ValidationFailed, $"The search text is at most {MaxSearchLength} characters.", "q");
        }

        var scope = await RoleScopes.ForRolesAsync(caller, working, services.Directory, cancellationToken).ConfigureAwait(false);
        var reach = scope.County ? null : await ReachAsync(scope, services.Directory, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(await services.Queries.ListAsync(reach, q, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The jurisdiction codes inside <paramref name="scope"/>, and every level above them up to the county.</summary>
    private static async Task<IReadOnlyList<string>> ReachAsync(JurisdictionScope scope, IJurisdictionDirectory directory, CancellationToken cancellationToken)
    {
        var tree = await directory.ListAsync(cancellationToken).ConfigureAwait(false);
        var byCode = tree.ToDictionary(j => j.Code, StringComparer.Ordinal);
        var inside = tree.Where(j => scope.Contains(j.Level == JurisdictionLevel.Village ? j.ParentCode : j.Code, j.Code)).ToList();
        var reach = new HashSet<string>(StringComparer.Ordinal);
        foreach (var jurisdiction in inside)
        {
            // The jurisdiction itself and its parents: a village member works with the town's caseworker and the county.
            for (var current = jurisdiction; current is not null && reach.Add(current.Code);)
            {
                current = current.ParentCode is { } parent ? byCode.GetValueOrDefault(parent) : null;
            }
        }

        return [.. reach.Order(StringComparer.Ordinal)];
    }
}
