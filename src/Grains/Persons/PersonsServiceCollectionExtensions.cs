using CaseFlow.Grains.CaseFiles;
using CaseFlow.Grains.Persons;
using CaseFlow.Grains.Persons.ReadModel;
using CaseFlow.Grains.ReadModel;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers what the person grains, their projection and the person queries need.</summary>
/// <remarks>
/// The host also provides <c>IJurisdictionDirectory</c>, <c>CaseFlowDatabase</c> and the System.Text.Json grain
/// storage serializer. Safe to call more than once.
/// </remarks>
public static class PersonsServiceCollectionExtensions
{
    public static IServiceCollection AddCaseFlowPersons(this IServiceCollection services)
    {
        services.AddOptions<PersonIdentityOptions>().BindConfiguration(PersonIdentityOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PersonIdentityOptions>, PersonIdentityOptions.Validator>());
        services.AddOptions<BenefitOptions>().BindConfiguration(BenefitOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BenefitOptions>, BenefitOptions.Validator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IdNumberIndexKeys>();
        services.TryAddSingleton<PersonProfileRules>();
        services.TryAddSingleton<PersonQueries>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IProjection, PersonProjection>());
        return services;
    }
}
