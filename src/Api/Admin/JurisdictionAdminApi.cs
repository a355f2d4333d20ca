using System.Text.RegularExpressions;
using CaseFlow.Api.Common;
using CaseFlow.Api.Auth;
using CaseFlow.Grains.Organisation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseFlow.Api.Admin;

/// <summary>
/// <c>PUT /api/admin/jurisdictions/{code}</c>: add a village or community under a town, or rename any jurisdiction.
/// </summary>
/// <remarks>
/// Codes are permanent, because persons, instances and role assignments refer to them: a new village takes the next
/// code under its town (<c>610921.01.015</c>), and an existing code can only be renamed, never moved.
/// </remarks>
public static partial class JurisdictionAdminApi
{
    private const int MaxName = 50;

    public static async Task<Results<Ok<Jurisdiction>, Created<Jurisdiction>, ProblemHttpResult>> SaveAsync(
        string code, SaveJurisdictionRequest request, [AsParameters] AdminServices services, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > MaxName)
        {
            return ApiProblems.Of(ApiErrorCodes.ValidationFailed, $"A name is 1 to {MaxName} characters.", "name");
        }

        var actor = http.User.Identity?.Name ?? string.Empty;
        if (await services.Directory.FindAsync(code, cancellationToken) is { } existing)
        {
            if (request.ParentCode is { } parent && parent != existing.ParentCode)
            {
                return ApiProblems.Of(ApiErrorCodes.ValidationFailed, "A jurisdiction cannot move to another parent; its code names its place.", "parentCode");
            }

            await services.Jurisdictions.RenameAsync(code, name, cancellationToken);
            AuthLog.JurisdictionSaved(services.Logger, code, actor, added: false);
            return TypedResults.Ok(existing with { Name = name });
        }

        if (request.ParentCode is not { } town || await services.Directory.FindAsync(town, cancellationToken) is not { Level: JurisdictionLevel.Town })
        {
            return ApiProblems.Of(ApiErrorCodes.ValidationFailed, "A new village or community needs the code of its town.", "parentCode");
        }

        if (!VillageCode().IsMatch(code) || !code.StartsWith(town + ".", StringComparison.Ordinal))
        {
            return ApiProblems.Of(ApiErrorCodes.ValidationFailed, $"A village code is its town's code and three digits, such as {town}.015.", "code");
        }

        var added = await services.Jurisdictions.AddVillageAsync(code, name, town, cancellationToken);
        AuthLog.JurisdictionSaved(services.Logger, code, actor, added);
        var saved = await services.Directory.FindAsync(code, cancellationToken);
        return added
            ? TypedResults.Created("/api/admin/jurisdictions/" + Uri.EscapeDataString(code), saved)
            : TypedResults.Ok(saved!);
    }

    [GeneratedRegex(@"^\d{6}\.\d{2}\.\d{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex VillageCode();
}
