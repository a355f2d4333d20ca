using System.Data.Common;
using System.Globalization;
using System.Text;
using CaseFlow.Grains.Contracts.Persons;
using CaseFlow.Grains.Identity;
using CaseFlow.Grains.Storage;

namespace CaseFlow.Grains.Persons.ReadModel;

/// <summary>Person lists served from <c>rm_persons</c>; never fans out over grains.</summary>
/// <remarks>
/// Eventually consistent with the grains (projection lag). Reads that must see the caller's own write, such as a
/// person or its history after a command, go to the grain instead.
/// </remarks>
public sealed class PersonQueries(CaseFlowDatabase database)
{
    private const int MaxMaskedSuffix = 4;

    private const string Columns =
        "p.person_id, name, gender, birth_date, id_number_masked, town_code, village_code, phone_masked, updated_at, version, " +
        "certificate_grade, COALESCE(open_problems, 0), monitoring_status";

    // Case-file columns live in their own table; a person without a case file has no row there.
    private const string From = " FROM rm_persons p LEFT JOIN rm_person_case_files c ON c.person_id = p.person_id";

    public async Task<PersonListPage> ListAsync(PersonListQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Page < 1 || query.PageSize is < 1 or > PersonListQuery.MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(query), "Page must be at least 1 and page size between 1 and 100.");
        }

        var (where, parameters) = BuildWhere(query);

        // Byte order on both backends (SQLite compares UTF-8 bytes; PostgreSQL would otherwise use the database
        // locale), so both list people in the same order.
        var order = database.Dialect == SqlDialect.Postgres ? "name COLLATE \"C\", p.person_id COLLATE \"C\"" : "name, p.person_id";

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        int total;
        await using (var count = connection.CreateCommand("SELECT COUNT(*)" + From + where, null))
        {
            AddAll(count, parameters);
            total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }

        var items = new List<PersonListItem>();
        await using (var select = connection.CreateCommand($"SELECT {Columns}{From}{where} ORDER BY {order} LIMIT @limit OFFSET @offset", null))
        {
            AddAll(select, parameters);
            select.AddParameter("limit", query.PageSize).AddParameter("offset", (query.Page - 1) * query.PageSize);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                items.Add(Read(reader));
            }
        }

        return new PersonListPage(items, query.Page, query.PageSize, total);
    }

    private static (string Where, List<KeyValuePair<string, object>> Parameters) BuildWhere(PersonListQuery query)
    {
        var clauses = new List<string>();
        var parameters = new List<KeyValuePair<string, object>>();
        if (query.Scope is { County: false } scope)
        {
            clauses.Add(ScopeClause(scope, parameters));
        }

        if (!string.IsNullOrWhiteSpace(query.Town))
        {
            clauses.Add("town_code = @town");
            parameters.Add(new("town", query.Town.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(query.Village))
        {
            clauses.Add("village_code = @village");
            parameters.Add(new("village", query.Village.Trim()));
        }

        if (query.CertificateGrade is { } grade)
        {
            clauses.Add("certificate_grade = @grade");
            parameters.Add(new("grade", grade));
        }

        if (query.HasOpenProblems is { } open)
        {
            clauses.Add(open ? "open_problems > 0" : "COALESCE(open_problems, 0) = 0");
        }

        if (!string.IsNullOrWhiteSpace(query.Monitoring))
        {
            if (string.Equals(query.Monitoring.Trim(), PersonListQuery.AnyMonitoring, StringComparison.OrdinalIgnoreCase))
            {
                clauses.Add("monitoring_status IS NOT NULL AND monitoring_status <> 'Eliminated'");
            }
            else
            {
                clauses.Add("monitoring_status = @monitoring");
                parameters.Add(new("monitoring", query.Monitoring.Trim()));
            }
        }

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            var match = "name LIKE @name ESCAPE '\\'";
            parameters.Add(new("name", "%" + EscapeLike(q) + "%"));
            if (IsMaskedSuffix(q))
            {
                match += " OR id_number_masked LIKE @idsuffix ESCAPE '\\'";
                parameters.Add(new("idsuffix", "%" + q.ToUpperInvariant()));
            }

            clauses.Add("(" + match + ")");
        }

        return (clauses.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", clauses), parameters);
    }

    // The caller's jurisdictions become part of the WHERE clause, so rows outside them are never read, counted or
    // paged over. An empty scope matches nothing rather than everything.
    private static string ScopeClause(JurisdictionScope scope, List<KeyValuePair<string, object>> parameters)
    {
        var parts = new List<string>();
        if (scope.Towns.Count > 0)
        {
            parts.Add("town_code IN (" + string.Join(", ", scope.Towns.Select((code, i) => Add(parameters, "scope_town" + i, code))) + ")");
        }

        if (scope.Villages.Count > 0)
        {
            parts.Add("village_code IN (" + string.Join(", ", scope.Villages.Select((code, i) => Add(parameters, "scope_village" + i, code))) + ")");
        }

        return parts.Count == 0 ? "1 = 0" : "(" + string.Join(" OR ", parts) + ")";
    }

    private static string Add(List<KeyValuePair<string, object>> parameters, string name, string value)
    {
        parameters.Add(new(name, value));
        return "@" + name;
    }

    // Only the last 4 characters survive masking, so only a suffix of at most 4 can match an ID number.
    private static bool IsMaskedSuffix(string q) =>
        q.Length <= MaxMaskedSuffix && q.All(c => char.IsAsciiDigit(c) || c is 'x' or 'X');

    private static string EscapeLike(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '\\' or '%' or '_')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static void AddAll(DbCommand command, List<KeyValuePair<string, object>> parameters)
    {
        foreach (var (name, value) in parameters)
        {
            command.AddParameter(name, value);
        }
    }

    private static PersonListItem Read(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        Enum.Parse<Gender>(reader.GetString(2)),
        DateOnly.ParseExact(reader.GetString(3), "yyyy-MM-dd", CultureInfo.InvariantCulture),
        reader.GetString(4),
        reader.GetString(5),
        reader.GetString(6),
        reader.IsDBNull(7) ? null : reader.GetString(7),
        DateTimeOffset.Parse(reader.GetString(8), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        Convert.ToInt32(reader.GetValue(9), CultureInfo.InvariantCulture),
        reader.IsDBNull(10) ? null : Convert.ToInt32(reader.GetValue(10), CultureInfo.InvariantCulture),
        Convert.ToInt32(reader.GetValue(11), CultureInfo.InvariantCulture),
        reader.IsDBNull(12) ? null : reader.GetString(12));
}
