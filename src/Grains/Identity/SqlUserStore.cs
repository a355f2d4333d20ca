using System.Data.Common;
using System.Globalization;
using CaseFlow.Grains.Storage;

namespace CaseFlow.Grains.Identity;

/// <summary>Users and role assignments in <c>org_users</c> and <c>org_user_roles</c>; the same SQL on both backends.</summary>
public sealed class SqlUserStore(CaseFlowDatabase database)
{
    private const string UserColumns = "user_id, login, display_name, active";

    /// <summary>Logins are compared in lower case, so <c>Caseworker</c> and <c>caseworker</c> are one account.</summary>
    public static string NormaliseLogin(string login) => login.Trim().ToLowerInvariant();

    public async Task<UserCredential?> FindCredentialAsync(string login, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(
            "SELECT user_id, password_hash, failed_attempts, locked_until, active FROM org_users WHERE login = @login", null);
        command.AddParameter("login", NormaliseLogin(login));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new UserCredential(
            reader.GetString(0),
            reader.IsDBNull(1) ? null : reader.GetString(1),
            Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture),
            reader.IsDBNull(3) ? null : ParseTime(reader.GetString(3)),
            Convert.ToInt32(reader.GetValue(4), CultureInfo.InvariantCulture) != 0);
    }

    public async Task<UserAccount?> FindAsync(string userId, CancellationToken cancellationToken = default)
    {
        var users = await QueryAsync(" WHERE user_id = @id", ("id", userId), cancellationToken).ConfigureAwait(false);
        return users.Count == 0 ? null : users[0];
    }

    /// <summary>Every user ordered by login, with their role assignments.</summary>
    public Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken = default) =>
        QueryAsync(string.Empty, null, cancellationToken);

    /// <summary>Inserts a user with no roles; false when the id or the login is taken.</summary>
    public async Task<bool> CreateAsync(string userId, string login, string displayName, string? passwordHash, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(
            "INSERT INTO org_users (user_id, login, display_name, password_hash, failed_attempts, locked_until, active, created_at) " +
            "VALUES (@id, @login, @name, @hash, 0, NULL, 1, @now) ON CONFLICT DO NOTHING", null);
        command.AddParameter("id", userId).AddParameter("login", NormaliseLogin(login)).AddParameter("name", displayName)
            .AddParameter("hash", passwordHash).AddParameter("now", now.ToStorageText());
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>Adds a role assignment; assigning the same role in the same jurisdiction again changes nothing.</summary>
    public async Task AssignAsync(string userId, RoleAssignment assignment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(
            "INSERT INTO org_user_roles (user_id, role, jurisdiction_code) VALUES (@id, @role, @code) ON CONFLICT DO NOTHING", null);
        command.AddParameter("id", userId).AddParameter("role", assignment.Role).AddParameter("code", assignment.JurisdictionCode);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes a role assignment.</summary>
    /// <returns>False when the user held no such role in that jurisdiction.</returns>
    public async Task<bool> RevokeAsync(string userId, RoleAssignment assignment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(
            "DELETE FROM org_user_roles WHERE user_id = @id AND role = @role AND jurisdiction_code = @code", null);
        command.AddParameter("id", userId).AddParameter("role", assignment.Role).AddParameter("code", assignment.JurisdictionCode);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>Changes the display name and/or the active flag; null leaves a field as it is.</summary>
    /// <returns>False when no user has this id.</returns>
    public async Task<bool> UpdateAsync(string userId, string? displayName, bool? active, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(
            "UPDATE org_users SET display_name = COALESCE(@name, display_name), active = COALESCE(@active, active) WHERE user_id = @id", null);
        command.AddParameter("id", userId).AddParameter("name", displayName).AddParameter("active", active is { } a ? (a ? 1 : 0) : null);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>Replaces the password hash and restarts the failure count; a current lock stays (unlock is separate).</summary>
    /// <returns>False when no user has this id.</returns>
    public async Task<bool> SetPasswordAsync(string userId, string passwordHash, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(
            "UPDATE org_users SET password_hash = @hash, failed_attempts = 0 WHERE user_id = @id", null);
        command.AddParameter("id", userId).AddParameter("hash", passwordHash);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>Lifts a lockout and restarts the failure count.</summary>
    /// <returns>False when no user has this id.</returns>
    public Task<bool> UnlockAsync(string userId, CancellationToken cancellationToken = default) =>
        ExecuteForUserAsync("UPDATE org_users SET failed_attempts = 0, locked_until = NULL WHERE user_id = @id", userId, cancellationToken);

    /// <summary>Whether the user may act: true or false for a known user, null for an id with no row (an OIDC-only user).</summary>
    public async Task<bool?> IsActiveAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand("SELECT active FROM org_users WHERE user_id = @id", null);
        command.AddParameter("id", userId);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is null or DBNull ? null : Convert.ToInt32(value, CultureInfo.InvariantCulture) != 0;
    }

    /// <summary>
    /// Counts one failed sign-in in a single statement, so concurrent failures are all counted; the failure that
    /// reaches <paramref name="maxAttempts"/> locks the account until <paramref name="lockUntil"/> and restarts the count.
    /// </summary>
    /// <returns>True when this failure locked the account.</returns>
    public async Task<bool> RecordFailureAsync(string userId, int maxAttempts, DateTimeOffset lockUntil, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var update = connection.CreateCommand(
            "UPDATE org_users SET " +
            "locked_until = CASE WHEN failed_attempts + 1 >= @max THEN @until ELSE locked_until END, " +
            "failed_attempts = CASE WHEN failed_attempts + 1 >= @max THEN 0 ELSE failed_attempts + 1 END " +
            "WHERE user_id = @id", transaction))
        {
            update.AddParameter("id", userId).AddParameter("max", maxAttempts).AddParameter("until", lockUntil.ToStorageText());
            await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var read = connection.CreateCommand("SELECT locked_until FROM org_users WHERE user_id = @id", transaction);
        read.AddParameter("id", userId);
        var locked = await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string text
            && string.Equals(text, lockUntil.ToStorageText(), StringComparison.Ordinal);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return locked;
    }

    /// <summary>A successful sign-in clears the failure count and any expired lock.</summary>
    public Task RecordSuccessAsync(string userId, CancellationToken cancellationToken = default) =>
        ExecuteForUserAsync("UPDATE org_users SET failed_attempts = 0, locked_until = NULL WHERE user_id = @id", userId, cancellationToken);

    private async Task<bool> ExecuteForUserAsync(string sql, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(sql, null);
        command.AddParameter("id", userId);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    private async Task<IReadOnlyList<UserAccount>> QueryAsync(string where, (string Name, object Value)? parameter, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var users = new List<(string Id, string Login, string Name, bool Active)>();
        await using (var command = connection.CreateCommand($"SELECT {UserColumns} FROM org_users{where} ORDER BY login", null))
        {
            if (parameter is { } p)
            {
                command.AddParameter(p.Name, p.Value);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                users.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture) != 0));
            }
        }

        var roles = await ReadRolesAsync(connection, where.Length == 0 ? null : parameter?.Value as string, cancellationToken).ConfigureAwait(false);
        return [.. users.Select(u => new UserAccount(u.Id, u.Login, u.Name, u.Active, roles.GetValueOrDefault(u.Id) ?? []))];
    }

    private static async Task<Dictionary<string, List<RoleAssignment>>> ReadRolesAsync(DbConnection connection, string? userId, CancellationToken cancellationToken)
    {
        var sql = "SELECT user_id, role, jurisdiction_code FROM org_user_roles" + (userId is null ? string.Empty : " WHERE user_id = @id") +
            " ORDER BY user_id, role, jurisdiction_code";
        await using var command = connection.CreateCommand(sql, null);
        if (userId is not null)
        {
            command.AddParameter("id", userId);
        }

        var roles = new Dictionary<string, List<RoleAssignment>>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var id = reader.GetString(0);
            if (!roles.TryGetValue(id, out var list))
            {
                roles[id] = list = [];
            }

            list.Add(new RoleAssignment(reader.GetString(1), reader.GetString(2)));
        }

        return roles;
    }

    private static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
