using System.Text.RegularExpressions;
using CaseFlow.Api.Auth;
using CaseFlow.Api.Common;
using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Identity;
using CaseFlow.Grains.Organisation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CaseFlow.Api.Admin;

/// <summary>Users, role assignments and the jurisdiction tree: <c>/api/admin</c>, for the admin role only.</summary>
/// <remarks>The host puts the whole group behind the admin policy; nothing here returns case content.</remarks>
public static partial class AdminApi
{
    private const string Tag = "Admin";

    public static RouteGroupBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("api/admin").WithTags(Tag);
        group.MapGet("/users", ListUsersAsync).WithName("ListUsers").WithSummary("List users with their role assignments");
        group.MapPost("/users", CreateUserAsync).WithName("CreateUser").WithSummary("Create a user");
        group.MapGet("/users/{id}", UserAdminApi.GetAsync).WithName("GetUser").WithSummary("One user with their role assignments");
        group.MapPatch("/users/{id}", UserAdminApi.UpdateAsync).WithName("UpdateUser")
            .WithSummary("Change a user's display name, or deactivate or reactivate them (a deactivated user's tokens stop working)");
        group.MapPost("/users/{id}/password", UserAdminApi.ResetPasswordAsync).WithName("ResetPassword").WithSummary("Set a new password for a user");
        group.MapPost("/users/{id}/unlock", UserAdminApi.UnlockAsync).WithName("UnlockUser").WithSummary("Lift a lockout after failed sign-ins");
        group.MapPost("/users/{id}/roles", AssignRoleAsync).WithName("AssignRole").WithSummary("Assign a role in a jurisdiction");
        group.MapDelete("/users/{id}/roles/{role}/{jurisdiction}", RevokeRoleAsync).WithName("RevokeRole")
            .WithSummary("Take a role in a jurisdiction away from a user (effective at the user's next sign-in)");
        group.MapGet("/jurisdictions", ListJurisdictionsAsync).WithName("ListJurisdictions").WithSummary("The jurisdiction tree");
        group.MapPut("/jurisdictions/{code}", JurisdictionAdminApi.SaveAsync).WithName("SaveJurisdiction")
            .WithSummary("Add a village or community under a town, or rename a jurisdiction");
        return group;
    }

    public static async Task<Ok<IReadOnlyList<UserAccount>>> ListUsersAsync([AsParameters] AdminServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        return TypedResults.Ok(await services.Users.ListAsync(cancellationToken));
    }

    public static async Task<Results<Created<UserAccount>, ProblemHttpResult>> CreateUserAsync(
        CreateUserRequest request, [AsParameters] AdminServices services, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        var errors = new List<FieldError>();
        if (request.Login is null || !LoginPattern().IsMatch(request.Login))
        {
            errors.Add(new FieldError("login", DomainErrorCodes.ValidationFailed, "A login is 3 to 64 of a-z, 0-9, '.', '_' and '-'."));
        }

        if (string.IsNullOrWhiteSpace(request.DisplayName) || request.DisplayName.Length > 100)
        {
            errors.Add(new FieldError("displayName", DomainErrorCodes.ValidationFailed, "A display name is 1 to 100 characters."));
        }

        if (request.Password is not null && UserAdminApi.CheckPassword(request.Password) is { } badPassword)
        {
            errors.Add(badPassword);
        }

        if (errors.Count > 0)
        {
            return ApiProblems.From(DomainError.Validation(errors));
        }

        var id = "U" + Guid.CreateVersion7(services.Time.GetUtcNow()).ToString("N");
        var hash = request.Password is null ? null : PasswordHasher.Hash(request.Password);
        if (!await services.Users.CreateAsync(id, request.Login!, request.DisplayName!.Trim(), hash, services.Time.GetUtcNow(), cancellationToken))
        {
            return ApiProblems.Of(ApiErrorCodes.LoginTaken, "Another user already has this login.", "login");
        }

        AuthLog.UserCreated(services.Logger, id, http.User.Identity?.Name ?? string.Empty);
        var user = await services.Users.FindAsync(id, cancellationToken);
        return TypedResults.Created("/api/admin/users/" + Uri.EscapeDataString(id), user);
    }

    public static async Task<Results<Ok<UserAccount>, ProblemHttpResult>> AssignRoleAsync(
        string id, AssignRoleRequest request, [AsParameters] AdminServices services, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        var errors = new List<FieldError>();
        if (!Roles.IsKnown(request.Role))
        {
            errors.Add(new FieldError("role", DomainErrorCodes.ValidationFailed, "Role must be one of: " + string.Join(", ", Roles.All) + "."));
        }

        if (request.Jurisdiction is null || await services.Directory.FindAsync(request.Jurisdiction, cancellationToken) is null)
        {
            errors.Add(new FieldError("jurisdiction", DomainErrorCodes.ValidationFailed, "Jurisdiction must be the code of a county, town or village."));
        }

        if (errors.Count > 0)
        {
            return ApiProblems.From(DomainError.Validation(errors));
        }

        if (await services.Users.FindAsync(id, cancellationToken) is null)
        {
            return ApiProblems.Of(ApiErrorCodes.UserNotFound, "No user has this id.");
        }

        await services.Users.AssignAsync(id, new RoleAssignment(request.Role!, request.Jurisdiction!), cancellationToken);
        AuthLog.RoleAssigned(services.Logger, request.Role!, request.Jurisdiction!, id, http.User.Identity?.Name ?? string.Empty);
        return TypedResults.Ok((await services.Users.FindAsync(id, cancellationToken))!);
    }

    public static async Task<Results<Ok<UserAccount>, ProblemHttpResult>> RevokeRoleAsync(
        string id, string role, string jurisdiction, [AsParameters] AdminServices services, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        if (await services.Users.FindAsync(id, cancellationToken) is null)
        {
            return ApiProblems.Of(ApiErrorCodes.UserNotFound, "No user has this id.");
        }

        if (!await services.Users.RevokeAsync(id, new RoleAssignment(role, jurisdiction), cancellationToken))
        {
            return ApiProblems.Of(ApiErrorCodes.RoleAssignmentNotFound, "The user does not hold this role in this jurisdiction.");
        }

        AuthLog.RoleRevoked(services.Logger, role, jurisdiction, id, http.User.Identity?.Name ?? string.Empty);
        return TypedResults.Ok((await services.Users.FindAsync(id, cancellationToken))!);
    }

    public static async Task<Ok<IReadOnlyList<Jurisdiction>>> ListJurisdictionsAsync([AsParameters] AdminServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        return TypedResults.Ok(await services.Directory.ListAsync(cancellationToken));
    }

    [GeneratedRegex("^[a-z0-9._-]{3,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex LoginPattern();
}
