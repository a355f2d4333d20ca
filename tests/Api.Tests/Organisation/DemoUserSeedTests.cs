using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Grains.Identity;
using CaseFlow.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Api.Tests.Organisation;

/// <summary>One demo user per role is seeded with a salted hash; a restart neither adds users nor re-hashes.</summary>
public sealed class DemoUserSeedTests
{
    [Fact]
    public async Task Demo_users_cover_every_role_once_and_a_restart_changes_nothing()
    {
        // Arrange + Act: a fresh node, then a restart on the same file.
        IReadOnlyList<UserAccount> users;
        string firstHashes;
        var first = CaseFlowApiFactory.Sqlite();
        await using (first)
        {
            first.CreateClient().Dispose();
            users = await first.Services.GetRequiredService<SqlUserStore>().ListAsync();
            firstHashes = await HashesAsync(first);
        }

        await using var second = new CaseFlowApiFactory("Sqlite", first.StorageSetting);
        second.CreateClient().Dispose();
        var again = await second.Services.GetRequiredService<SqlUserStore>().ListAsync();

        // Assert: seven users, one per role, caseworker in 城关镇 and village member in 太平村; hashes are PBKDF2,
        // differ per user although the password is shared, and are untouched by the restart.
        Assert.Equal(7, users.Count);
        Assert.Equal(Roles.All.Order(StringComparer.Ordinal), users.SelectMany(u => u.Roles).Select(r => r.Role).Order(StringComparer.Ordinal));
        Assert.Contains(users, u => u.Roles.Contains(new RoleAssignment(Roles.Caseworker, "610921.01")));
        Assert.Contains(users, u => u.Roles.Contains(new RoleAssignment(Roles.VillageMember, "610921.01.001")));
        var hashes = firstHashes.Split('\n');
        Assert.All(hashes, h => Assert.StartsWith("v1$pbkdf2-sha256$", h, StringComparison.Ordinal));
        Assert.Equal(hashes.Length, hashes.Distinct().Count());
        Assert.Equal(users, again, new UserComparer());
        Assert.Equal(firstHashes, await HashesAsync(second));
    }

    private static async Task<string> HashesAsync(CaseFlowApiFactory factory)
    {
        var database = factory.Services.GetRequiredService<CaseFlowDatabase>();
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand("SELECT password_hash FROM org_users ORDER BY user_id", null);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return string.Join('\n', rows);
    }

    private sealed class UserComparer : IEqualityComparer<UserAccount>
    {
        public bool Equals(UserAccount? x, UserAccount? y) =>
            x is not null && y is not null && x.Id == y.Id && x.Login == y.Login && x.Roles.SequenceEqual(y.Roles);

        public int GetHashCode(UserAccount obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
