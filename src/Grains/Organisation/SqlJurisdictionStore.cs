using CaseFlow.Grains.Storage;

namespace CaseFlow.Grains.Organisation;

/// <summary>Admin changes to the jurisdiction tree: a new village or community under a town, or a new name.</summary>
/// <remarks>Codes are never changed or removed: persons, instances and role assignments refer to them.</remarks>
public sealed class SqlJurisdictionStore(CaseFlowDatabase database, SqlJurisdictionDirectory directory)
{
    /// <summary>Adds a village or community under <paramref name="townCode"/>, after every existing one.</summary>
    /// <returns>False when the code is already taken.</returns>
    public async Task<bool> AddVillageAsync(string code, string name, string townCode, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);

        // SQLite reads "FROM t ON CONFLICT" as a join constraint; the WHERE clause ends the SELECT first.
        await using var command = connection.CreateCommand(
            "INSERT INTO org_jurisdictions (code, name, parent_code, level, verified, sort_order) " +
            "SELECT @code, @name, @town, @level, 1, COALESCE(MAX(sort_order), 0) + 1 FROM org_jurisdictions WHERE 1 = 1 " +
            "ON CONFLICT (code) DO NOTHING", null);
        command.AddParameter("code", code).AddParameter("name", name).AddParameter("town", townCode)
            .AddParameter("level", nameof(JurisdictionLevel.Village));
        var added = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        directory.Invalidate();
        return added;
    }

    /// <summary>Gives an existing jurisdiction a new name.</summary>
    public async Task RenameAsync(string code, string name, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand("UPDATE org_jurisdictions SET name = @name WHERE code = @code", null);
        command.AddParameter("code", code).AddParameter("name", name);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        directory.Invalidate();
    }
}
