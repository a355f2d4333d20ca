using System.Text.Json;
using CaseFlow.Grains.CaseFiles;
using CaseFlow.Grains.Contracts.CaseFiles;
using CaseFlow.Grains.Contracts.Persons;
using CaseFlow.Grains.Instances;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the <c>caseflow.*</c> service tasks through which process models write to case files (DOMAIN.md §4).</summary>
/// <remarks>One topic per command; a host that registers another handler for one of these topics fails at start.</remarks>
public static class CaseFileServiceTasksServiceCollectionExtensions
{
    public static IServiceCollection AddCaseFlowCaseFileServiceTasks(this IServiceCollection services)
    {
        Add<IssueCertificate>(services, "caseflow.issue-certificate", (g, c) => g.IssueCertificateAsync(c), (c, a, k) => c with { Actor = a, ExpectedVersion = null, IdempotencyKey = k });
        Add<RecordVisit>(services, "caseflow.record-visit", (g, c) => g.RecordVisitAsync(c), (c, a, k) => c with { Actor = a, ExpectedVersion = null, IdempotencyKey = k },
            file => file.Visits.LastOrDefault()?.ProblemIds.FirstOrDefault() is { } problem ? [KeyValuePair.Create("problemId", JsonSerializer.SerializeToElement(problem))] : []);
        Add<RecordProblem>(services, "caseflow.record-problem", (g, c) => g.RecordProblemAsync(c), (c, a, k) => c with { Actor = a, ExpectedVersion = null, IdempotencyKey = k });
        Add<ResolveProblem>(services, "caseflow.resolve-problem", (g, c) => g.ResolveProblemAsync(c), (c, a, k) => c with { Actor = a, ExpectedVersion = null, IdempotencyKey = k });
        Add<OpenAssistance>(services, "caseflow.open-assistance", (g, c) => g.OpenAssistanceAsync(c), (c, a, k) => c with { Actor = a, ExpectedVersion = null, IdempotencyKey = k },
            file => [KeyValuePair.Create("assistanceId", JsonSerializer.SerializeToElement(file.Assistance.Last(a => a.IsOpen).Id))]);
        Add<UpdateMatter>(services, "caseflow.update-matter", (g, c) => g.UpdateMatterAsync(c), (c, a, k) => c with { Actor = a, ExpectedVersion = null, IdempotencyKey = k });
        Add<CloseAssistance>(services, "caseflow.close-assistance", (g, c) => g.CloseAssistanceAsync(c), (c, a, k) => c with { Actor = a, ExpectedVersion = null, IdempotencyKey = k });
        services.AddSingleton<IServiceTaskHandler>(provider => new SettleMatterServiceTask(provider.GetRequiredService<IGrainFactory>()));
        Add<RecordEnrolment>(services, "caseflow.record-enrolment", (g, c) => g.RecordEnrolmentAsync(c), (c, a, k) => c with { Actor = a, ExpectedVersion = null, IdempotencyKey = k });
        Add<LinkProcess>(services, "caseflow.link-process", (g, c) => g.LinkProcessAsync(c), (c, a, k) => c with { Actor = a, ExpectedVersion = null, IdempotencyKey = k });
        return services;
    }

    private static void Add<TCommand>(
        IServiceCollection services,
        string topic,
        Func<IPersonGrain, TCommand, Task<CaseFileResult>> call,
        Func<TCommand, string, string, TCommand> stamp,
        Func<CaseFileView, IEnumerable<KeyValuePair<string, JsonElement>>>? results = null)
        where TCommand : class, ICaseFileCommand =>
        services.AddSingleton<IServiceTaskHandler>(provider => new CaseFileServiceTask<TCommand>(topic, provider.GetRequiredService<IGrainFactory>(), call, stamp, results));
}
