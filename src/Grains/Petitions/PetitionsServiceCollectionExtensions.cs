using CaseFlow.Grains.Petitions;
using CaseFlow.Grains.Petitions.ReadModel;
using CaseFlow.Grains.ReadModel;
using CaseFlow.Workflows.Calendar;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the petition grains, their projection and queries, and the business calendar they count in.</summary>
/// <remarks>
/// A host may register its own <see cref="WorkCalendar"/> first (tests do); otherwise it is loaded once from
/// <see cref="CalendarOptions"/>. Needs <c>AddCaseFlowPersons</c> for the petitioner keys' secret. Safe to call more than once.
/// </remarks>
public static class PetitionsServiceCollectionExtensions
{
    public static IServiceCollection AddCaseFlowPetitions(this IServiceCollection services)
    {
        services.AddOptions<CalendarOptions>().BindConfiguration(CalendarOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CalendarOptions>, CalendarOptions.Validator>());
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<CalendarOptions>>().Value;
            return WorkCalendarLoader.Load(options.ResolvedFolder, options.ResolvedOverrideFolder);
        });
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PetitionerKeys>();
        services.TryAddSingleton<PetitionQueries>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IProjection, PetitionProjection>());
        return services;
    }
}
