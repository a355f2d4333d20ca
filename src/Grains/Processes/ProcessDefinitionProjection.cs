using CaseFlow.Grains.ReadModel;
using CaseFlow.Grains.Storage;
using Orleans.Storage;

namespace CaseFlow.Grains.Processes;

/// <summary>Projects <c>caseflow.process-definition</c> snapshots into <c>rm_process_versions</c>, one row per version.</summary>
/// <remarks>
/// Versions are never removed and a snapshot carries all of them, so upserting every version of the snapshot is both
/// the live update and the rebuild. The XML stays in the grain: lists never need it.
/// </remarks>
public sealed class ProcessDefinitionProjection(IGrainStorageSerializer serializer) : IProjection
{
    private const string UpsertSql =
        "INSERT INTO rm_process_versions (process_key, version, name, status, version_tag, deployed_at, deployed_by, published_at, sha256) " +
        "VALUES (@key, @version, @name, @status, @tag, @deployed, @by, @published, @sha) " +
        "ON CONFLICT (process_key, version) DO UPDATE SET name = excluded.name, status = excluded.status, version_tag = excluded.version_tag, " +
        "deployed_at = excluded.deployed_at, deployed_by = excluded.deployed_by, published_at = excluded.published_at, sha256 = excluded.sha256";

    public string StateName => ProcessDefinitionState.StateName;

    public async Task ApplyAsync(ProjectionContext context, string grainKey, int version, BinaryData? payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var definition = payload is null ? null : serializer.Deserialize<ProcessDefinitionState>(payload);
        if (definition is null || definition.Versions.Count == 0)
        {
            await using var delete = context.Command("DELETE FROM rm_process_versions WHERE process_key = @key");
            delete.AddParameter("key", grainKey);
            await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        foreach (var v in definition.Versions)
        {
            await using var upsert = context.Command(UpsertSql);
            upsert.AddParameter("key", grainKey)
                .AddParameter("version", v.Version)
                .AddParameter("name", v.Name)
                .AddParameter("status", v.Status)
                .AddParameter("tag", v.VersionTag)
                .AddParameter("deployed", v.DeployedAt.ToStorageText())
                .AddParameter("by", v.DeployedBy)
                .AddParameter("published", v.PublishedAt?.ToStorageText())
                .AddParameter("sha", v.Sha256);
            await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task ResetAsync(ProjectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var command = context.Command("DELETE FROM rm_process_versions");
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
