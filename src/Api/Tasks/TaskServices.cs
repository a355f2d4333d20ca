using CaseFlow.Api.Auth;
using CaseFlow.Grains.Organisation;
using CaseFlow.Grains.Tasks;
using CaseFlow.Grains.Tasks.ReadModel;
using Microsoft.Extensions.Logging;

namespace CaseFlow.Api.Tasks;

/// <summary>What the task handlers need, bound with <c>[AsParameters]</c> to keep handler signatures short.</summary>
public sealed class TaskServices(
    IGrainFactory grains, TaskQueries queries, TaskFilterStore filters, TaskAttachmentStore attachments, TimeProvider time,
    IJurisdictionDirectory directory, AuthOptions auth, ILogger<TaskServices> logger)
{
    public IGrainFactory Grains { get; } = grains;

    public TaskQueries Queries { get; } = queries;

    public TaskFilterStore Filters { get; } = filters;

    public TaskAttachmentStore Attachments { get; } = attachments;

    public TimeProvider Time { get; } = time;

    public IJurisdictionDirectory Directory { get; } = directory;

    public AuthOptions Auth { get; } = auth;

    public ILogger<TaskServices> Logger { get; } = logger;
}
