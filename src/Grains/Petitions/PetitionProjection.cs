using System.Globalization;
using CaseFlow.Grains.Contracts.Petitions;
using CaseFlow.Grains.ReadModel;
using CaseFlow.Grains.Storage;
using Orleans.Storage;

namespace CaseFlow.Grains.Petitions;

/// <summary>Projects <c>caseflow.petition</c> snapshots into <c>rm_petitions</c>, one row per petition.</summary>
/// <remarks>
/// Rows hold no petitioner name, phone or matter text: only what the tracker filters, sorts and counts on. The
/// running clock's dates are stored; its colour and days left are derived from today's date when the row is read.
/// </remarks>
public sealed class PetitionProjection(IGrainStorageSerializer serializer) : IProjection
{
    private const string UpsertSql =
        "INSERT INTO rm_petitions (petition_id, person_id, town_code, village_code, channel, item_type, matter_category, status, stage, " +
        "received_on, accepted_on, clock, warn_on, due_on, notice_due_on, handling_due_on, extended, notice_late, handling_late, repeat_of, " +
        "outcome, satisfaction, closed_on, registered_at, updated_at, version) VALUES (@id, @person, @town, @village, @channel, @type, @category, " +
        "@status, @stage, @received, @accepted, @clock, @warn, @due, @notice_due, @handling_due, @extended, @notice_late, @handling_late, " +
        "@repeat_of, @outcome, @satisfaction, @closed, @registered, @updated, @version) ON CONFLICT (petition_id) DO UPDATE SET " +
        "person_id = excluded.person_id, town_code = excluded.town_code, village_code = excluded.village_code, channel = excluded.channel, " +
        "item_type = excluded.item_type, matter_category = excluded.matter_category, status = excluded.status, stage = excluded.stage, " +
        "received_on = excluded.received_on, accepted_on = excluded.accepted_on, clock = excluded.clock, warn_on = excluded.warn_on, " +
        "due_on = excluded.due_on, notice_due_on = excluded.notice_due_on, handling_due_on = excluded.handling_due_on, extended = excluded.extended, " +
        "notice_late = excluded.notice_late, handling_late = excluded.handling_late, repeat_of = excluded.repeat_of, outcome = excluded.outcome, " +
        "satisfaction = excluded.satisfaction, closed_on = excluded.closed_on, registered_at = excluded.registered_at, " +
        "updated_at = excluded.updated_at, version = excluded.version";

    public string StateName => PetitionState.StateName;

    public async Task ApplyAsync(ProjectionContext context, string grainKey, int version, BinaryData? payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var petition = payload is null ? null : serializer.Deserialize<PetitionState>(payload);
        if (petition?.File is not { } file)
        {
            await using var delete = context.Command("DELETE FROM rm_petitions WHERE petition_id = @id");
            delete.AddParameter("id", grainKey);
            await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        var running = file.RunningClock;
        var notice = file.Clock(PetitionClockNames.Notice);
        var handling = file.Clock(PetitionClockNames.Handling);
        await using var upsert = context.Command(UpsertSql);
        upsert.AddParameter("id", grainKey)
            .AddParameter("person", file.SubjectPersonId ?? file.PetitionerPersonId)
            .AddParameter("town", file.TownCode)
            .AddParameter("village", file.VillageCode)
            .AddParameter("channel", file.Channel.ToString())
            .AddParameter("type", file.ItemType.ToString())
            .AddParameter("category", file.MatterCategory.ToString())
            .AddParameter("status", file.Status.ToString())
            .AddParameter("stage", file.Stage)
            .AddParameter("received", Date(file.ReceivedOn))
            .AddParameter("accepted", Date(file.AcceptedOn))
            .AddParameter("clock", running?.Name)
            .AddParameter("warn", Date(running?.WarnOn))
            .AddParameter("due", Date(running?.DueOn))
            .AddParameter("notice_due", Date(notice?.DueOn))
            .AddParameter("handling_due", Date(handling?.DueOn))
            .AddParameter("extended", file.Extension is null ? 0 : 1)
            .AddParameter("notice_late", IsLate(notice) ? 1 : 0)
            .AddParameter("handling_late", IsLate(handling) ? 1 : 0)
            .AddParameter("repeat_of", file.RepeatOf)
            .AddParameter("outcome", (file.ReReviewOutcome ?? file.ReviewOutcome ?? file.Outcome)?.ToString())
            .AddParameter("satisfaction", file.Satisfaction?.ToString())
            .AddParameter("closed", Date(file.ClosedOn))
            .AddParameter("registered", petition.RegisteredAt.ToStorageText())
            .AddParameter("updated", petition.UpdatedAt.ToStorageText())
            .AddParameter("version", petition.Version);
        await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task ResetAsync(ProjectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var command = context.Command("DELETE FROM rm_petitions");
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    // Met late: stopped after the last day. A clock still running past its day shows as overdue on read instead.
    private static bool IsLate(PetitionClock? clock) => clock is { StoppedOn: { } stopped } && stopped > clock.DueOn;

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
