using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CaseFlow.Grains.Storage;

namespace CaseFlow.Grains.Forms;

/// <summary>Versioned form-js forms in <c>cf_forms</c>: deploy adds a version, nothing is ever changed or removed.</summary>
public sealed class FormStore(CaseFlowDatabase database)
{
    /// <summary>Largest stored schema text, in UTF-8 bytes.</summary>
    public const int MaxSchemaBytes = 256 * 1024;

    private const string Columns = "form_key, version, name, checksum, deployed_by, deployed_at";

    /// <summary>
    /// Stores the schema as the key's next version; when it equals the latest version (same text and name) that version
    /// is returned unchanged and <c>Created</c> is false, so saving twice does not make a version nobody changed.
    /// </summary>
    /// <param name="key">The form key (already checked).</param>
    /// <param name="name">The display name; null keeps the latest version's name (the key for a new form).</param>
    /// <param name="schemaJson">The schema as compact JSON (already checked).</param>
    /// <param name="actor">The deploying login.</param>
    /// <param name="now">The deploy instant.</param>
    /// <param name="cancellationToken">Cancels the statements.</param>
    public async Task<(StoredForm Form, bool Created)> DeployAsync(string key, string? name, string schemaJson, string actor, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(schemaJson)));

        // Two deploys of one key at once both read version n; the primary key lets one insert n + 1 and the other retries.
        for (var attempt = 0; ; attempt++)
        {
            var latest = await GetAsync(key, null, cancellationToken).ConfigureAwait(false);
            var newName = name ?? latest?.Name ?? key;
            if (latest is not null && latest.Checksum == checksum && string.Equals(latest.Name, newName, StringComparison.Ordinal))
            {
                return (latest, false);
            }

            var version = (await LatestVersionAsync(key, cancellationToken).ConfigureAwait(false)) + 1;
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var insert = connection.CreateCommand(
                "INSERT INTO cf_forms (form_key, version, name, schema_json, checksum, deployed_by, deployed_at) " +
                "VALUES (@key, @version, @name, @schema, @checksum, @by, @at) ON CONFLICT (form_key, version) DO NOTHING", null);
            insert.AddParameter("key", key).AddParameter("version", version).AddParameter("name", newName).AddParameter("schema", schemaJson)
                .AddParameter("checksum", checksum).AddParameter("by", actor).AddParameter("at", now.ToStorageText());
            if (await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1)
            {
                return (new StoredForm(key, version, newName, schemaJson, checksum, actor, now), true);
            }

            if (attempt >= 5)
            {
                throw new InvalidOperationException("The form version could not be stored after repeated concurrent deploys.");
            }
        }
    }

    /// <summary>The given version, or the latest when <paramref name="version"/> is null; with its schema.</summary>
    public async Task<StoredForm?> GetAsync(string key, int? version, CancellationToken cancellationToken = default)
    {
        return version is { } wanted
            ? await SingleAsync($"SELECT {Columns}, schema_json FROM cf_forms WHERE form_key = @key AND version = @version", cancellationToken, ("key", key), ("version", wanted)).ConfigureAwait(false)
            : await SingleAsync($"SELECT {Columns}, schema_json FROM cf_forms WHERE form_key = @key ORDER BY version DESC LIMIT 1", cancellationToken, ("key", key)).ConfigureAwait(false);
    }

    /// <summary>The newest version deployed at or before <paramref name="at"/> (the <c>deployment</c> binding), with its schema.</summary>
    public Task<StoredForm?> DeployedByAsync(string key, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        SingleAsync(
            $"SELECT {Columns}, schema_json FROM cf_forms WHERE form_key = @key AND deployed_at <= @at ORDER BY version DESC LIMIT 1",
            cancellationToken, ("key", key), ("at", at.ToStorageText()));

    /// <summary>Every key with its latest version, by key; without schemas.</summary>
    public Task<IReadOnlyList<StoredForm>> ListLatestAsync(CancellationToken cancellationToken = default) =>
        ListAsync(
            $"SELECT {Columns} FROM cf_forms f WHERE version = (SELECT MAX(version) FROM cf_forms g WHERE g.form_key = f.form_key) ORDER BY form_key",
            cancellationToken);

    /// <summary>Every version of one key, newest first; without schemas.</summary>
    public Task<IReadOnlyList<StoredForm>> VersionsAsync(string key, CancellationToken cancellationToken = default) =>
        ListAsync($"SELECT {Columns} FROM cf_forms WHERE form_key = @key ORDER BY version DESC", cancellationToken, ("key", key));

    private async Task<int> LatestVersionAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = connection.CreateCommand("SELECT MAX(version) FROM cf_forms WHERE form_key = @key", null);
        select.AddParameter("key", key);
        var value = await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is null or DBNull ? 0 : Convert.ToInt32(value, CultureInfo.InvariantCulture);
    }

    private async Task<StoredForm?> SingleAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        (await ListAsync(sql, cancellationToken, parameters).ConfigureAwait(false)).FirstOrDefault();

    private async Task<IReadOnlyList<StoredForm>> ListAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = connection.CreateCommand(sql, null);
        foreach (var (name, value) in parameters)
        {
            select.AddParameter(name, value);
        }

        var forms = new List<StoredForm>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            forms.Add(Read(reader));
        }

        return forms;
    }

    private static StoredForm Read(DbDataReader reader) => new(
        reader.GetString(0),
        Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture),
        reader.GetString(2),
        reader.FieldCount > 6 ? reader.GetString(6) : null,
        reader.GetString(3),
        reader.GetString(4),
        DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal));
}
