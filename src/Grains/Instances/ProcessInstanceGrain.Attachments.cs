using System.Globalization;
using CaseFlow.Grains.Contracts.Instances;

namespace CaseFlow.Grains.Instances;

/// <summary>The history entry of a task attachment; the file itself is kept in the attachment store, not in the grain.</summary>
internal sealed partial class ProcessInstanceGrain
{
    /// <remarks>
    /// The file is stored before this runs, so the entry is written even when the task ended in between: a task this
    /// instance ever created is enough, and the history never misses a file that is kept. A second call with the same
    /// attachment id (a retried request) adds nothing.
    /// </remarks>
    async Task<ProcessInstanceResult> IProcessInstanceGrain.RecordTaskAttachmentAsync(
        string taskId, string attachmentId, string contentType, long sizeBytes, TaskCommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Instance is not { } current)
        {
            return ProcessInstanceResult.Fail(NotFound());
        }

        if (string.IsNullOrWhiteSpace(attachmentId) || string.IsNullOrWhiteSpace(contentType) || sizeBytes < 0)
        {
            return Refuse("recordTaskAttachment", InstanceErrorCodes.TaskCommandInvalid, "An attachment needs an id, a content type and a size.");
        }

        var stored = state.State;
        var elementId = current.Tasks.Find(t => string.Equals(t.TaskId, taskId, StringComparison.Ordinal))?.ElementId
            ?? stored.History.Find(e => e.Kind == InstanceHistoryKinds.TaskCreated && string.Equals(e.TaskId, taskId, StringComparison.Ordinal))?.ElementId;
        if (elementId is null)
        {
            return Refuse("recordTaskAttachment", InstanceErrorCodes.TaskNotActive, $"Task '{taskId}' is not a task of this instance.");
        }

        var detail = string.Create(CultureInfo.InvariantCulture, $"{attachmentId} {contentType} {sizeBytes} bytes");
        if (!stored.History.Exists(e => e.Kind == InstanceHistoryKinds.TaskAttachmentAdded && string.Equals(e.Detail, detail, StringComparison.Ordinal)))
        {
            var next = stored.Copy();
            next.History = stored.History.Add(new InstanceHistoryEntry(
                stored.History.Count + 1, time.GetUtcNow(), InstanceHistoryKinds.TaskAttachmentAdded, elementId, taskId, context.Actor, detail));
            await WriteStateAsync(next).ConfigureAwait(true);
        }

        return ProcessInstanceResult.Ok(InstanceViews.From(state.State));
    }
}
