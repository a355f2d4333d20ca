using System.Globalization;
using CaseFlow.Api.Common;
using CaseFlow.Api.Instances;
using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Grains.Instances;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CaseFlow.Api.ExternalTasks;

/// <summary>Service work for external workers: <c>/api/external-tasks</c> (BPMN.md R62, R63).</summary>
/// <remarks>
/// <para>
/// Fetch-and-lock reads candidates from the read model (<c>rm_external_jobs</c>), then asks each job's instance to
/// lock it for the worker. The instance is the authority: a candidate another worker locked meanwhile, or one that
/// ended, is refused there and skipped here, so a lagging read model costs a refused lock, never a job held twice.
/// </para>
/// <para>
/// Complete, failure and extend-lock go straight to the instance named in the job id; they must come from the worker
/// holding an unexpired lock, else 409 <c>JobLockMismatch</c>. A job whose element ended answers 409 <c>JobNotActive</c>.
/// </para>
/// </remarks>
public static class ExternalTasksApi
{
    private const string Tag = "External tasks";
    private const int MaxTasks = 100;
    private const int MaxTopics = 20;
    private const int MaxWorkerIdLength = 128;
    private const int MaxErrorMessageLength = 2_000;
    private const long MaxLockMilliseconds = 86_400_000;
    private const long MaxRetryTimeoutMilliseconds = 30L * 86_400_000;

    public static RouteGroupBuilder MapExternalTasksApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("api/external-tasks").WithTags(Tag);
        group.MapPost("/fetch-and-lock", FetchAndLockAsync).WithName("FetchAndLockExternalTasks")
            .WithSummary("Lock up to maxTasks offered jobs of the given topics for a worker")
            .WithDescription("Jobs whose lock expired are offered again without using an attempt (R62a). Topics under caseflow. run inside CaseFlow and are refused.");
        group.MapPost("/{id}/complete", CompleteAsync).WithName("CompleteExternalTask")
            .WithSummary("Complete a locked job with result variables");
        group.MapPost("/{id}/failure", FailAsync).WithName("FailExternalTask")
            .WithSummary("Report a failure; uses one attempt, or the given retries and retry timeout (R63)");
        group.MapPost("/{id}/extend-lock", ExtendLockAsync).WithName("ExtendExternalTaskLock")
            .WithSummary("Move the lock's expiry to now plus newDuration");
        return group;
    }

    public static async Task<Results<Ok<List<LockedExternalTask>>, ProblemHttpResult>> FetchAndLockAsync(
        FetchAndLockRequest request, [AsParameters] ExternalTaskServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(services);
        if (WorkerProblem(request.WorkerId) is { } workerProblem)
        {
            return workerProblem;
        }

        if (request.MaxTasks is not (>= 1 and <= MaxTasks))
        {
            return Invalid("maxTasks", $"maxTasks is 1 to {MaxTasks}.");
        }

        if (request.Topics is not { Count: >= 1 and <= MaxTopics } topics)
        {
            return Invalid("topics", $"Give 1 to {MaxTopics} topics.");
        }

        var durations = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        for (var i = 0; i < topics.Count; i++)
        {
            var field = $"topics[{i.ToString(CultureInfo.InvariantCulture)}]";
            if (topics[i]?.TopicName is not { Length: > 0 } name || name.StartsWith(ServiceTaskHandlers.InProcessPrefix, StringComparison.Ordinal))
            {
                return Invalid(field + ".topicName", $"A topic name is required and may not start with '{ServiceTaskHandlers.InProcessPrefix}'.");
            }

            if (topics[i].LockDuration is not { } lockDuration || lockDuration is < 1 or > MaxLockMilliseconds)
            {
                return Invalid(field + ".lockDuration", $"lockDuration is 1 to {MaxLockMilliseconds} milliseconds.");
            }

            durations[name] = TimeSpan.FromMilliseconds(lockDuration);
        }

        var workerId = request.WorkerId!;
        var wanted = request.MaxTasks.Value;

        // Over-fetch: some candidates will have been taken since the read model last saw them.
        var candidates = await services.Queries.JobCandidatesAsync(durations.Keys, services.Time.GetUtcNow(), wanted * 2 + 10, cancellationToken);
        var locked = new List<LockedExternalTask>();
        foreach (var candidate in candidates)
        {
            if (locked.Count == wanted)
            {
                break;
            }

            var grain = services.Grains.GetGrain<IProcessInstanceGrain>(candidate.InstanceId);
            var result = await grain.LockJobAsync(candidate.JobId, workerId, durations[candidate.Topic], "lock:" + Guid.NewGuid().ToString("N"));
            if (result.Instance is not { } view || view.Jobs.FirstOrDefault(j => j.JobId == candidate.JobId) is not { LockExpiresAt: { } expires } job)
            {
                ExternalTasksLog.Skipped(services.Logger, workerId, candidate.JobId, result.Error?.Code ?? "none");
                continue;
            }

            locked.Add(new LockedExternalTask(
                job.JobId, view.InstanceId, view.ProcessKey, view.ProcessVersion, job.ElementId, job.Topic, job.Attempt, job.AttemptsLeft,
                view.BusinessKey, workerId, expires, MaskedJson.Parse(view.VariablesJson)));
        }

        ExternalTasksLog.Locked(services.Logger, workerId, locked.Count, candidates.Count);
        return TypedResults.Ok(locked);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> CompleteAsync(
        string id, CompleteExternalTaskRequest request, [AsParameters] ExternalTaskServices services, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        if (WorkerProblem(request.WorkerId) is { } workerProblem)
        {
            return workerProblem;
        }

        if (InstancesApi.VariablesText(request.Variables) is not { } variables)
        {
            return InstancesApi.VariablesInvalid();
        }

        if (GrainOf(id, services) is not { } grain)
        {
            return NotActive(id);
        }

        var result = await grain.CompleteExternalJobAsync(id, request.WorkerId!, variables.Length == 0 ? null : variables, InstanceCommandIds.For(http));
        return Answer(result, request.WorkerId!, "complete", id, services);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> FailAsync(
        string id, ExternalTaskFailureRequest request, [AsParameters] ExternalTaskServices services, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        if (WorkerProblem(request.WorkerId) is { } workerProblem)
        {
            return workerProblem;
        }

        if (request.ErrorMessage is not { Length: > 0 and <= MaxErrorMessageLength } message)
        {
            return Invalid("errorMessage", $"An error message of 1 to {MaxErrorMessageLength} characters is required.");
        }

        if (request.Retries is < 0 or > MaxTasks)
        {
            return Invalid("retries", $"retries is 0 to {MaxTasks}.");
        }

        if (request.RetryTimeout is < 0 or > MaxRetryTimeoutMilliseconds)
        {
            return Invalid("retryTimeout", $"retryTimeout is 0 to {MaxRetryTimeoutMilliseconds} milliseconds.");
        }

        if (GrainOf(id, services) is not { } grain)
        {
            return NotActive(id);
        }

        var timeout = request.RetryTimeout is { } ms ? TimeSpan.FromMilliseconds(ms) : (TimeSpan?)null;
        var result = await grain.FailExternalJobAsync(id, request.WorkerId!, message, request.Retries, timeout, InstanceCommandIds.For(http));
        return Answer(result, request.WorkerId!, "failure", id, services);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> ExtendLockAsync(
        string id, ExtendLockRequest request, [AsParameters] ExternalTaskServices services, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        if (WorkerProblem(request.WorkerId) is { } workerProblem)
        {
            return workerProblem;
        }

        if (request.NewDuration is not { } duration || duration is < 1 or > MaxLockMilliseconds)
        {
            return Invalid("newDuration", $"newDuration is 1 to {MaxLockMilliseconds} milliseconds.");
        }

        if (GrainOf(id, services) is not { } grain)
        {
            return NotActive(id);
        }

        var result = await grain.ExtendJobLockAsync(id, request.WorkerId!, TimeSpan.FromMilliseconds(duration), InstanceCommandIds.For(http));
        return Answer(result, request.WorkerId!, "extendLock", id, services);
    }

    private static IProcessInstanceGrain? GrainOf(string jobId, ExternalTaskServices services) =>
        ExternalTaskIds.InstanceOf(jobId) is { } instanceId ? services.Grains.GetGrain<IProcessInstanceGrain>(instanceId) : null;

    private static Results<NoContent, ProblemHttpResult> Answer(ProcessInstanceResult result, string workerId, string answer, string jobId, ExternalTaskServices services)
    {
        if (result.Error is not { } error)
        {
            return TypedResults.NoContent();
        }

        ExternalTasksLog.Refused(services.Logger, workerId, answer, jobId, error.Code);

        // An id that names no started instance is a job that is not active, as far as a worker can tell.
        return error.Code == InstanceErrorCodes.InstanceNotFound ? NotActive(jobId) : InstanceProblems.From(error);
    }

    private static ProblemHttpResult NotActive(string jobId) =>
        InstanceProblems.Of(InstanceErrorCodes.JobNotActive, $"Job '{Clip(jobId)}' is not active.");

    private static ProblemHttpResult? WorkerProblem(string? workerId) =>
        workerId is { Length: > 0 and <= MaxWorkerIdLength } && workerId.All(c => c is >= '!' and <= '~')
            ? null
            : Invalid("workerId", $"workerId is 1 to {MaxWorkerIdLength} visible ASCII characters.");

    private static ProblemHttpResult Invalid(string field, string message) => ApiProblems.Of(ApiErrorCodes.ValidationFailed, message, field);

    private static string Clip(string value) => value.Length <= 80 ? value : value[..80] + "…";
}
