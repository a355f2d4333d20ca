using System.Globalization;
using CaseFlow.Api.Auth;
using CaseFlow.Api.Common;
using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Contracts.Persons;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CaseFlow.Api.Persons;

/// <summary><c>GET /api/persons/{id}/public-notice</c>: the village public notice (公示) for issuing a certificate.</summary>
/// <remarks>
/// The notice is built from a fixed template (DOMAIN.md §8.2): the statutory notice has to say that a certificate is
/// being issued, and says nothing beyond that fact. Whoever posts notices may print one: the field-work roles in their
/// own jurisdiction (village members in their village, caseworkers in their town, county supervisors and directors).
/// </remarks>
public static class PublicNoticeApi
{
    private const int MaxPeriodDays = 30;
    private const string CertificateItem = "拟办理残疾人证";

    public static RouteGroupBuilder MapPublicNoticeEndpoint(this RouteGroupBuilder persons)
    {
        ArgumentNullException.ThrowIfNull(persons);
        persons.MapGet("/{id}/public-notice", GetAsync).WithName("GetPublicNotice")
            .WithSummary("The village public notice (公示) for issuing a certificate: masked name, village, item and period only");
        return persons;
    }

    public static async Task<Results<Ok<PublicNotice>, ProblemHttpResult>> GetAsync(
        string id, DateOnly? from, DateOnly? to, [AsParameters] PersonServices services, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        var scope = await PersonAccess.FieldWorkScopeAsync(Caller.From(http.User, services.Auth), services.Directory, http.RequestAborted);
        if (scope.IsEmpty)
        {
            return ApiProblems.Of(ApiErrorCodes.Forbidden, "Your role does not post public notices.");
        }

        if (from is not { } start)
        {
            return ApiProblems.Of(ApiErrorCodes.ValidationFailed, "The first day of the notice period is required (yyyy-MM-dd).", "from");
        }

        if (to is not { } end || end < start || end.DayNumber - start.DayNumber > MaxPeriodDays)
        {
            return ApiProblems.Of(ApiErrorCodes.ValidationFailed, $"The last day of the notice period must be on or after 'from' and at most {MaxPeriodDays} days later.", "to");
        }

        var person = (await services.Grains.GetGrain<IPersonGrain>(id).GetAsync()).Person;
        if (person is null || !scope.Contains(person.TownCode, person.VillageCode))
        {
            return ApiProblems.From(DomainError.Simple(DomainErrorCodes.PersonNotFound, "No person is registered with this id."));
        }

        var village = (await services.Directory.FindAsync(person.VillageCode, http.RequestAborted))?.Name ?? person.VillageCode;
        var town = (await services.Directory.FindAsync(person.TownCode, http.RequestAborted))?.Name ?? person.TownCode;
        var name = PublicNoticeNames.Mask(person.Name);
        var period = $"{Chinese(start)}至{Chinese(end)}";
        var text = $"{town}{village}{name}{CertificateItem}，现予公示。公示期：{period}。如有异议，请于公示期内向{town}残疾人联合会反映。";
        return TypedResults.Ok(new PublicNotice("公示", text, name, village, town, CertificateItem, start, end));
    }

    private static string Chinese(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}
