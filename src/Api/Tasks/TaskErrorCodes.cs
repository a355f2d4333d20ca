namespace CaseFlow.Api.Tasks;

/// <summary>Stable codes of task refusals decided in the API; engine refusals keep their own codes (TaskNotActive, …).</summary>
public static class TaskErrorCodes
{
    /// <summary>No open task with this id that the caller may see (404); the same answer whether it exists elsewhere or not.</summary>
    public const string TaskNotFound = "TASK_NOT_FOUND";

    public const string AttachmentNotFound = "ATTACHMENT_NOT_FOUND";

    /// <summary>The file is larger than the attachment limit (413).</summary>
    public const string AttachmentTooLarge = "ATTACHMENT_TOO_LARGE";

    /// <summary>The bytes are not of an allowed type, or not of the type the client declared (415).</summary>
    public const string AttachmentType = "ATTACHMENT_TYPE";

    public const string FilterNotFound = "FILTER_NOT_FOUND";

    /// <summary>The caller already has a filter with this name, or as many filters as allowed (409).</summary>
    public const string FilterRejected = "FILTER_REJECTED";
}
