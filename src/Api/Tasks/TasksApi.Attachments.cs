using System.Globalization;
using System.Security.Cryptography;
using CaseFlow.Api.Common.OpenApi;
using CaseFlow.Grains.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CaseFlow.Api.Tasks;

public static partial class TasksApi
{
    private static void MapAttachments(RouteGroupBuilder group)
    {
        group.MapPost("/{id}/attachments", AttachAsync).WithName("AddTaskAttachment")
            .WithSummary("Attach a file (multipart 'file' part; PDF, JPEG, PNG or text; at most 4 MiB)")
            .AcceptsFileUpload("file", "The file: PDF, JPEG, PNG or text, at most 4 MiB.").DisableAntiforgery();
        group.MapGet("/{id}/attachments", ListAttachmentsAsync).WithName("ListTaskAttachments").WithSummary("The files attached to a task");
        group.MapGet("/{id}/attachments/{attachmentId}", GetAttachmentAsync).WithName("GetTaskAttachment").WithSummary("Download one attached file");
    }

    public static async Task<Results<Created<AttachmentResponse>, ProblemHttpResult>> AttachAsync(
        string id, [AsParameters] TaskServices services, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        var (task, problem) = await LoadAsync(id, services, http);
        if (task is null)
        {
            return problem!;
        }

        if (!TaskAccess.CanWork(task.Viewer, task.Task, task.Jurisdiction))
        {
            TasksLog.Forbidden(services.Logger, task.Viewer.Login, "attach", task.Task.TaskId);
            return TaskProblems.Forbidden("Only the assignee, or a candidate while the task is unassigned, may attach files.");
        }

        var upload = await AttachmentReader.ReadAsync(http.Request, cancellationToken);
        if (upload.Bytes is not { } bytes)
        {
            TasksLog.AttachmentRefused(services.Logger, task.Task.TaskId, upload.ErrorCode!);
            return TaskProblems.Of(upload.ErrorCode!, upload.ErrorDetail!, "file");
        }

        if (AttachmentContent.Detect(bytes) is not { } contentType || !AttachmentContent.Agrees(upload.DeclaredType, contentType))
        {
            TasksLog.AttachmentRefused(services.Logger, task.Task.TaskId, TaskErrorCodes.AttachmentType);
            return TaskProblems.Of(TaskErrorCodes.AttachmentType,
                "The file is not one of: " + string.Join(", ", AttachmentContent.Allowed) + ", or not the type it was declared as.", "file");
        }

        var attachment = new TaskAttachment(
            "A" + Guid.CreateVersion7().ToString("N", CultureInfo.InvariantCulture), task.Task.TaskId, task.Instance.InstanceId,
            AttachmentContent.SafeFileName(upload.FileName), contentType, bytes.LongLength,
            Convert.ToHexStringLower(SHA256.HashData(bytes)), task.Viewer.Login, services.Time.GetUtcNow());
        await services.Attachments.SaveAsync(attachment, bytes, cancellationToken);

        // Recorded after the file is kept, so the history never names a file that is not there; the grain records
        // for any task its instance created, so a task that ended meanwhile cannot leave the file unrecorded.
        var (context, _) = TaskCommandContexts.From(http, task.Viewer.Login, requireIfMatch: false);
        var recorded = await task.Grain.RecordTaskAttachmentAsync(attachment.TaskId, attachment.Id, contentType, attachment.SizeBytes, context!);
        if (recorded.Error is { } error)
        {
            return TaskProblems.From(error);
        }

        TasksLog.AttachmentStored(services.Logger, attachment.Id, attachment.SizeBytes, contentType, attachment.TaskId, attachment.UploadedBy);
        return TypedResults.Created(
            $"/api/tasks/{Uri.EscapeDataString(id)}/attachments/{attachment.Id}", AttachmentResponse.From(attachment));
    }

    public static async Task<Results<Ok<List<AttachmentResponse>>, ProblemHttpResult>> ListAttachmentsAsync(
        string id, [AsParameters] TaskServices services, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        var (task, problem) = await LoadAsync(id, services, http);
        return task is null
            ? problem!
            : TypedResults.Ok((await services.Attachments.ListAsync(task.Task.TaskId, cancellationToken)).Select(AttachmentResponse.From).ToList());
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetAttachmentAsync(
        string id, string attachmentId, [AsParameters] TaskServices services, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        var (task, problem) = await LoadAsync(id, services, http);
        if (task is null)
        {
            return problem!;
        }

        if (await services.Attachments.GetAsync(task.Task.TaskId, attachmentId, cancellationToken) is not { } found)
        {
            return TaskProblems.Of(TaskErrorCodes.AttachmentNotFound, "The task has no attachment with this id.");
        }

        // Served as a download with the detected type; nosniff (set host-wide) keeps browsers from guessing another.
        return TypedResults.File(found.Content, found.Attachment.ContentType, found.Attachment.FileName);
    }
}
