namespace CaseFlow.Grains.Tasks;

/// <summary>A file attached to a task, without its bytes.</summary>
/// <param name="Id">The attachment id.</param>
/// <param name="TaskId">The task it was attached to.</param>
/// <param name="InstanceId">The task's instance.</param>
/// <param name="FileName">The cleaned file name.</param>
/// <param name="ContentType">The type detected from the bytes.</param>
/// <param name="SizeBytes">The size.</param>
/// <param name="Sha256">The lower-case hex SHA-256 of the bytes.</param>
/// <param name="UploadedBy">Who attached it.</param>
/// <param name="UploadedAt">When.</param>
public sealed record TaskAttachment(
    string Id, string TaskId, string InstanceId, string FileName, string ContentType, long SizeBytes, string Sha256, string UploadedBy, DateTimeOffset UploadedAt);
