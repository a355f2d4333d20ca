using System.Text.Json;
using CaseFlow.Grains.Organisation;
using CaseFlow.Grains.Storage;

namespace CaseFlow.Silo.Seeding;

/// <summary>
/// Inserts the demo county's jurisdiction tree from <c>seeds/org/hanyin.json</c>; rows that exist are left as they
/// are, so a second run changes nothing and an admin's later edits survive restarts.
/// </summary>
internal sealed class OrganisationSeeder(CaseFlowDatabase database, SeedFiles files)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Seeds the tree; returns the number of jurisdictions added.</summary>
    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        await using var stream = files.Open("org/hanyin.json");
        var seed = await JsonSerializer.DeserializeAsync<OrganisationSeed>(stream, Json, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidDataException("The organisation seed file is empty.");

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var order = 0;
        var inserted = 0;

        async Task InsertAsync(string code, string name, string? parent, JurisdictionLevel level, bool verified)
        {
            await using var command = connection.CreateCommand(
                "INSERT INTO org_jurisdictions (code, name, parent_code, level, verified, sort_order) " +
                "VALUES (@code, @name, @parent, @level, @verified, @order) ON CONFLICT (code) DO NOTHING", transaction);
            command.AddParameter("code", code).AddParameter("name", name).AddParameter("parent", parent)
                .AddParameter("level", level.ToString()).AddParameter("verified", verified ? 1 : 0).AddParameter("order", order++);
            inserted += await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await InsertAsync(seed.County.Code, seed.County.Name, null, JurisdictionLevel.County, true);
        foreach (var town in seed.Towns)
        {
            await InsertAsync(town.Code, town.Name, seed.County.Code, JurisdictionLevel.Town, town.Verified);
            foreach (var village in town.Villages)
            {
                await InsertAsync(village.Code, village.Name, town.Code, JurisdictionLevel.Village, village.Verified);
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return inserted;
    }
}
