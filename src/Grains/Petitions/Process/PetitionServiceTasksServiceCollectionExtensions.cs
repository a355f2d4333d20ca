using CaseFlow.Grains.Contracts.Petitions;
using CaseFlow.Grains.Instances;
using CaseFlow.Grains.Petitions.Process;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the <c>caseflow.*</c> service tasks through which a process drives a petition (DOMAIN.md §4.3).</summary>
/// <remarks>One topic per grain command, plus <c>caseflow.sync-petition</c> to read the clocks without a change.</remarks>
public static class PetitionServiceTasksServiceCollectionExtensions
{
    public static IServiceCollection AddCaseFlowPetitionServiceTasks(this IServiceCollection services)
    {
        services.AddSingleton<IServiceTaskHandler>(provider => new SyncPetitionServiceTask(provider.GetRequiredService<IGrainFactory>()));
        Add<AcceptPetition>(services, PetitionTopics.Accept, (g, c) => g.AcceptAsync(c), (c, a, k) => c with { Actor = a, ExpectedVersion = null, IdempotencyKey = k });
        Add<ExtendPetition>(services, PetitionTopics.Extend, (g, c) => g.ExtendAsync(c), (c, a, k) => c with { Actor = a, ExpectedVersion = null, IdempotencyKey = k });
        Add<AnswerPetition>(services, PetitionTopics.Answer, (g, c) => g.AnswerAsync(c), (c, a, k) => c with { Actor = a, ExpectedVersion = null, IdempotencyKey = k });
        Add<RequestReview>(services, PetitionTopics.RequestReview, (g, c) => g.RequestReviewAsync(c), (c, a, k) => c with { Actor = a, ExpectedVersion = null, IdempotencyKey = k });
        Add<RecordReviewResult>(services, PetitionTopics.RecordReview, (g, c) => g.RecordReviewResultAsync(c), (c, a, k) => c with { Actor = a, ExpectedVersion = null, IdempotencyKey = k });
        Add<RateSatisfaction>(services, PetitionTopics.Rate, (g, c) => g.RateSatisfactionAsync(c), (c, a, k) => c with { Actor = a, ExpectedVersion = null, IdempotencyKey = k });

        // Without a type the petition closes as its status calls for: the lapsed window, the review, or 终结.
        Add<ClosePetition>(services, PetitionTopics.Close, (g, c) => g.CloseAsync(c), (c, a, k) => c with { Actor = a, ExpectedVersion = null, IdempotencyKey = k },
            (c, petition) => c.Type is null ? c with { Type = PetitionTopics.ClosureFor(petition.Status) } : c);
        return services;
    }

    private static void Add<TCommand>(
        IServiceCollection services,
        string topic,
        Func<IPetitionGrain, TCommand, Task<PetitionResult>> call,
        Func<TCommand, string, string, TCommand> stamp,
        Func<TCommand, PetitionView, TCommand>? complete = null)
        where TCommand : class, IPetitionCommand =>
        services.AddSingleton<IServiceTaskHandler>(provider =>
            new PetitionServiceTask<TCommand>(topic, provider.GetRequiredService<IGrainFactory>(), call, stamp, complete));
}
