using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using CaseFlow.Grains.CaseFiles;
using CaseFlow.Grains.Contracts.Persons;
using CaseFlow.Grains.ReadModel;
using CaseFlow.Grains.Storage;
using Orleans.Storage;

namespace CaseFlow.Grains.Persons;

/// <summary>Projects <c>caseflow.person</c> snapshots into <c>rm_persons</c>, <c>rm_person_case_files</c> and <c>rm_case_events</c>.</summary>
/// <remarks>Rows carry only masked ID numbers and phones: the read model serves lists that every role may see.</remarks>
public sealed class PersonProjection(IGrainStorageSerializer serializer) : IProjection
{
    private static readonly JsonSerializerOptions DetailJson = new(JsonSerializerDefaults.Web);

    private const string UpsertPersonSql =
        "INSERT INTO rm_persons (person_id, name, gender, birth_date, id_number_masked, town_code, village_code, phone_masked, registered_at, updated_at, version) " +
        "VALUES (@id, @name, @gender, @birth, @idm, @town, @village, @phone, @registered, @updated, @version) " +
        "ON CONFLICT (person_id) DO UPDATE SET name = excluded.name, gender = excluded.gender, birth_date = excluded.birth_date, " +
        "id_number_masked = excluded.id_number_masked, town_code = excluded.town_code, village_code = excluded.village_code, " +
        "phone_masked = excluded.phone_masked, registered_at = excluded.registered_at, updated_at = excluded.updated_at, version = excluded.version";

    private const string UpsertCaseFileSql =
        "INSERT INTO rm_person_case_files (person_id, certificate_category, certificate_grade, certificate_status, certificate_expiry, " +
        "open_problems, monitoring_status, assistance_open) VALUES (@id, @cert_category, @cert_grade, @cert_status, @cert_expiry, " +
        "@open_problems, @monitoring, @assistance_open) ON CONFLICT (person_id) DO UPDATE SET " +
        "certificate_category = excluded.certificate_category, certificate_grade = excluded.certificate_grade, " +
        "certificate_status = excluded.certificate_status, certificate_expiry = excluded.certificate_expiry, " +
        "open_problems = excluded.open_problems, monitoring_status = excluded.monitoring_status, assistance_open = excluded.assistance_open";

    private const string InsertEventSql =
        "INSERT INTO rm_case_events (person_id, seq, occurred_at, actor, kind, detail) VALUES (@id, @seq, @at, @actor, @kind, @detail) " +
        "ON CONFLICT (person_id, seq) DO NOTHING";

    public string StateName => PersonState.StateName;

    public async Task ApplyAsync(ProjectionContext context, string grainKey, int version, BinaryData? payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var person = payload is null ? null : serializer.Deserialize<PersonState>(payload);
        if (person?.Profile is not { } profile)
        {
            await DeletePersonAsync(context, grainKey, cancellationToken).ConfigureAwait(false);
            return;
        }

        await using (var upsert = context.Command(UpsertPersonSql))
        {
            upsert.AddParameter("id", grainKey)
                .AddParameter("name", profile.Name)
                .AddParameter("gender", profile.Gender.ToString())
                .AddParameter("birth", profile.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .AddParameter("idm", PiiMasking.MaskIdNumber(profile.IdNumber))
                .AddParameter("town", profile.TownCode)
                .AddParameter("village", profile.VillageCode)
                .AddParameter("phone", profile.Phone is null ? null : PiiMasking.MaskPhone(profile.Phone))
                .AddParameter("registered", person.RegisteredAt.ToStorageText())
                .AddParameter("updated", person.UpdatedAt.ToStorageText())
                .AddParameter("version", person.Version);
            await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var caseFile = context.Command(UpsertCaseFileSql))
        {
            caseFile.AddParameter("id", grainKey);
            AddCaseFileColumns(caseFile, person.CaseFile ?? PersonCaseFile.Empty);
            await caseFile.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var projected = await MaxProjectedSeqAsync(context, grainKey, cancellationToken).ConfigureAwait(false);
        foreach (var entry in person.History.Where(e => e.Seq > projected))
        {
            await InsertEventAsync(context, grainKey, entry, cancellationToken).ConfigureAwait(false);
        }
    }

    // The stored status, not the status as of today: expiry is a date column, so lists compare it with today in SQL.
    private static void AddCaseFileColumns(DbCommand command, PersonCaseFile file)
    {
        var certificate = file.CurrentCertificate;
        command.AddParameter("cert_category", certificate is null ? null : (int)certificate.Category)
            .AddParameter("cert_grade", certificate?.Grade)
            .AddParameter("cert_status", certificate?.Status.ToString())
            .AddParameter("cert_expiry", certificate?.ExpiryDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .AddParameter("open_problems", file.OpenProblemCount)
            .AddParameter("monitoring", file.Monitoring?.Status.ToString())
            .AddParameter("assistance_open", file.Assistance.Any(a => a.IsOpen) ? 1 : 0);
    }

    public async Task ResetAsync(ProjectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var sql in (string[])["DELETE FROM rm_case_events", "DELETE FROM rm_person_case_files", "DELETE FROM rm_persons"])
        {
            await using var command = context.Command(sql);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The JSON stored in <c>rm_case_events.detail</c>: the changes, camelCase.</summary>
    public static string DetailOf(CaseEvent entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return JsonSerializer.Serialize(new { changes = entry.Changes }, DetailJson);
    }

    private static async Task InsertEventAsync(ProjectionContext context, string personId, CaseEvent entry, CancellationToken cancellationToken)
    {
        await using var insert = context.Command(InsertEventSql);
        insert.AddParameter("id", personId)
            .AddParameter("seq", checked((int)entry.Seq))
            .AddParameter("at", entry.OccurredAt.ToStorageText())
            .AddParameter("actor", entry.Actor)
            .AddParameter("kind", entry.Kind)
            .AddParameter("detail", DetailOf(entry));
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    // History is append-only, so only entries past the highest projected seq are new; the ON CONFLICT guard still
    // makes a replay harmless.
    private static async Task<long> MaxProjectedSeqAsync(ProjectionContext context, string personId, CancellationToken cancellationToken)
    {
        await using var command = context.Command("SELECT MAX(seq) FROM rm_case_events WHERE person_id = @id");
        command.AddParameter("id", personId);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is null or DBNull ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);
    }

    private static async Task DeletePersonAsync(ProjectionContext context, string personId, CancellationToken cancellationToken)
    {
        foreach (var sql in (string[])["DELETE FROM rm_case_events WHERE person_id = @id", "DELETE FROM rm_person_case_files WHERE person_id = @id", "DELETE FROM rm_persons WHERE person_id = @id"])
        {
            await using var command = context.Command(sql);
            command.AddParameter("id", personId);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
