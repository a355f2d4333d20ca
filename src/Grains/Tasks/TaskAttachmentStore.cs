using System.Data.Common;
using System.Globalization;
using CaseFlow.Grains.Storage;

namespace CaseFlow.Grains.Tasks;

/// <summary>Task attachments in <c>cf_task_attachments</c>; callers check access and content before saving.</summary>
public sealed class TaskAttachmentStore(CaseFlowDatabase database)
{
    private const string Columns = "attachment_id, task_id, instance_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at";

    public async Task SaveAsync(TaskAttachment attachment, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var insert = connection.CreateCommand(
            $"INSERT INTO cf_task_attachments ({Columns}, content) VALUES (@id, @task, @instance, @name, @type, @size, @sha, @by, @at, @content)", null);
        insert.AddParameter("id", attachment.Id).AddParameter("task", attachment.TaskId).AddParameter("instance", attachment.InstanceId)
            .AddParameter("name", attachment.FileName).AddParameter("type", attachment.ContentType).AddParameter("size", attachment.SizeBytes)
            .AddParameter("sha", attachment.Sha256).AddParameter("by", attachment.UploadedBy).AddParameter("at", attachment.UploadedAt.ToStorageText())
            .AddParameter("content", content.ToArray());
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The attachments of one task, oldest first.</summary>
    public async Task<IReadOnlyList<TaskAttachment>> ListAsync(string taskId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = connection.CreateCommand($"SELECT {Columns} FROM cf_task_attachments WHERE task_id = @task ORDER BY uploaded_at, attachment_id", null);
        select.AddParameter("task", taskId);
        var list = new List<TaskAttachment>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(Read(reader));
        }

        return list;
    }

    /// <summary>One attachment of one task with its bytes, or null.</summary>
    public async Task<(TaskAttachment Attachment, byte[] Content)?> GetAsync(string taskId, string attachmentId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = connection.CreateCommand(
            $"SELECT {Columns}, content FROM cf_task_attachments WHERE task_id = @task AND attachment_id = @id", null);
        select.AddParameter("task", taskId).AddParameter("id", attachmentId);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? (Read(reader), (byte[])reader.GetValue(9)) : null;
    }

    private static TaskAttachment Read(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        Convert.ToInt64(reader.GetValue(5), CultureInfo.InvariantCulture),
        reader.GetString(6),
        reader.GetString(7),
        DateTimeOffset.Parse(reader.GetString(8), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal));
}
