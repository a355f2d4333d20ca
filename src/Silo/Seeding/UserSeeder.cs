using System.Text.Json;
using CaseFlow.Grains.Identity;

namespace CaseFlow.Silo.Seeding;

/// <summary>
/// Inserts the demo users of <c>seeds/org/users.json</c> with their role assignments. A user that exists is left
/// as it is, roles included, so an admin's later changes survive restarts and a restart hashes nothing.
/// </summary>
internal sealed class UserSeeder(SqlUserStore users, SeedFiles files, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Seeds the users; returns the number added.</summary>
    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        await using var stream = files.Open("org/users.json");
        var seed = await JsonSerializer.DeserializeAsync<UserSeed>(stream, Json, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidDataException("The user seed file is empty.");

        var inserted = 0;
        foreach (var user in seed.Users)
        {
            if (await users.FindAsync(user.Id, cancellationToken).ConfigureAwait(false) is not null)
            {
                continue;
            }

            // Each user is hashed on its own, so each gets its own salt even though the demo password is shared.
            var hash = PasswordHasher.Hash(seed.DemoPassword);
            if (!await users.CreateAsync(user.Id, user.Login, user.DisplayName, hash, time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            foreach (var role in user.Roles)
            {
                await users.AssignAsync(user.Id, new RoleAssignment(role.Role, role.Jurisdiction), cancellationToken).ConfigureAwait(false);
            }

            inserted++;
        }

        return inserted;
    }
}
