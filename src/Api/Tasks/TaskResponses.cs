using CaseFlow.Grains.Tasks;
using CaseFlow.Grains.Tasks.ReadModel;

namespace CaseFlow.Api.Tasks;

/// <summary>What complete and return answer: the instance's state afterwards and the open tasks the caller may see.</summary>
public sealed record TaskOutcome(string InstanceId, string InstanceStatus, IReadOnlyList<TaskListItem> OpenTasks);

/// <summary>A saved filter with the number of tasks it matches for its owner now.</summary>
public sealed record SavedFilterResponse(string Id, string Name, TaskFilter Filter, DateTimeOffset CreatedAt, int Count);

/// <summary>A task comment as the API shows it.</summary>
public sealed record CommentResponse(string Id, string TaskId, string Actor, DateTimeOffset At, string Text);

/// <summary>Attachment metadata (the bytes are at <c>/api/tasks/{id}/attachments/{attachmentId}</c>).</summary>
public sealed record AttachmentResponse(string Id, string FileName, string ContentType, long SizeBytes, string Sha256, string UploadedBy, DateTimeOffset UploadedAt)
{
    public static AttachmentResponse From(TaskAttachment attachment)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        return new(attachment.Id, attachment.FileName, attachment.ContentType, attachment.SizeBytes, attachment.Sha256, attachment.UploadedBy, attachment.UploadedAt);
    }
}

/// <summary>
/// A task's form: the form-js schema to render (stored or generated from <c>formData</c>), how it resolved, the
/// <c>formData</c> fields with their constraints, and the current values (docs/forms.md).
/// </summary>
public sealed record TaskFormResponse(
    string TaskId, string Kind, string? FormKey, string? FormRef, string? FormRefBinding,
    IReadOnlyList<Grains.Contracts.Instances.TaskFormFieldView> Fields, System.Text.Json.JsonElement Values,
    TaskFormVersion? Form = null, System.Text.Json.JsonElement? Schema = null, bool Generated = false, string Resolution = "none");

/// <summary>The stored form version a task's reference resolved to.</summary>
public sealed record TaskFormVersion(string Key, int Version);
