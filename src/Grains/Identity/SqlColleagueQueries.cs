using System.Globalization;
using CaseFlow.Grains.Storage;

namespace CaseFlow.Grains.Identity;

/// <summary>The colleague directory behind the task hand-over picker, filtered in SQL by jurisdiction and search text.</summary>
public sealed class SqlColleagueQueries(CaseFlowDatabase database)
{
    /// <summary>At most this many people per answer; the picker asks again as the user types.</summary>
    public const int Limit = 50;

    /// <summary>
    /// Active users holding a working role (not admin) in one of <paramref name="jurisdictions"/> (null: anywhere),
    /// whose login or display name contains <paramref name="search"/>, ordered by login; at most <see cref="Limit"/>.
    /// </summary>
    public async Task<IReadOnlyList<Colleague>> ListAsync(IReadOnlyList<string>? jurisdictions, string? search, CancellationToken cancellationToken = default)
    {
        if (jurisdictions is { Count: 0 })
        {
            return [];
        }

        var names = jurisdictions?.Select((_, i) => "j" + i.ToString(CultureInfo.InvariantCulture)).ToList() ?? [];
        var sql =
            "SELECT u.login, u.display_name, r.role, r.jurisdiction_code FROM org_users u JOIN org_user_roles r ON r.user_id = u.user_id " +
            "WHERE u.active = 1 AND r.role <> @admin" +
            (jurisdictions is null ? string.Empty : $" AND r.jurisdiction_code IN ({string.Join(", ", names.Select(n => "@" + n))})") +
            (string.IsNullOrWhiteSpace(search) ? string.Empty : " AND (LOWER(u.login) LIKE @search ESCAPE '!' OR u.display_name LIKE @search ESCAPE '!')") +
            " ORDER BY u.login, r.role, r.jurisdiction_code";

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(sql, null);
        command.AddParameter("admin", Roles.Admin);
        for (var i = 0; i < names.Count; i++)
        {
            command.AddParameter(names[i], jurisdictions![i]);
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            command.AddParameter("search", "%" + EscapeLike(search.Trim().ToLowerInvariant()) + "%");
        }

        // Rows come one per role assignment, ordered by login: reading stops after the last person that fits.
        var colleagues = new List<(string Login, string Name, List<RoleAssignment> Roles)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var login = reader.GetString(0);
            if (colleagues.Count == 0 || !string.Equals(colleagues[^1].Login, login, StringComparison.Ordinal))
            {
                if (colleagues.Count == Limit)
                {
                    break;
                }

                colleagues.Add((login, reader.GetString(1), []));
            }

            colleagues[^1].Roles.Add(new RoleAssignment(reader.GetString(2), reader.GetString(3)));
        }

        return [.. colleagues.Select(c => new Colleague(c.Login, c.Name, c.Roles))];
    }

    private static string EscapeLike(string text) =>
        text.Replace("!", "!!", StringComparison.Ordinal).Replace("%", "!%", StringComparison.Ordinal).Replace("_", "!_", StringComparison.Ordinal);
}
