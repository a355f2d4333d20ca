using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using CaseFlow.Grains.Contracts.Petitions;
using CaseFlow.Workflows.Calendar;

namespace CaseFlow.Grains.Petitions.Process;

/// <summary>What a petition service task writes back to its process: status and every clock as instants.</summary>
/// <remarks>
/// <para>
/// The petition grain is the single source of truth for the statutory clocks; the process never computes a deadline
/// of its own. After each command the handler writes the petition's clocks as ISO 8601 instants in China time, which
/// the model uses as timer dates and task due dates:
/// </para>
/// <list type="bullet">
/// <item><c>{clock}WarnAt</c>: 00:00 of the clock's warning day (amber from then);</item>
/// <item><c>{clock}OverdueAt</c>: 00:00 of the day after the last day, the instant the deadline is breached
/// (Civil Code Art. 203: a period ends at 24:00 of its last day);</item>
/// <item><c>{window}ClosesAt</c>: for the 复查 and 复核 windows, the instant the window has run out;</item>
/// <item><c>{clock}State</c>: the clock's state now (<c>OnTrack</c>, <c>AtRisk</c>, <c>Overdue</c>, <c>Met</c>…);</item>
/// <item><c>handlingPromptAt</c>: seven days before the handling deadline's last day, the prompt to ask for the
/// extension while it can still be approved (DOMAIN.md §4.3).</item>
/// </list>
/// <para>
/// The rest is status for gateways: <c>petitionStatus</c>, <c>petitionStage</c>, <c>itemType</c>, <c>isRepeat</c>,
/// <c>repeatOf</c>, <c>handlingExtended</c>, <c>petitionOutcome</c> (the latest decision) and <c>petitionVersion</c>.
/// Nothing identifies the petitioner or quotes the matter: instance variables are read by more people than the
/// petition itself.
/// </para>
/// </remarks>
public static class PetitionProcessVariables
{
    /// <summary>Days before the handling deadline's last day at which the handler is prompted about the extension.</summary>
    public const int ExtensionPromptDays = 7;

    public static ImmutableSortedDictionary<string, JsonElement> From(PetitionView petition)
    {
        ArgumentNullException.ThrowIfNull(petition);
        var values = ImmutableSortedDictionary.CreateBuilder<string, JsonElement>(StringComparer.Ordinal);
        values["petitionStatus"] = Json(petition.Status.ToString());
        values["petitionStage"] = Json(petition.Stage);
        values["itemType"] = Json(petition.ItemType.ToString());
        values["isRepeat"] = Json(petition.RepeatOf is not null);
        values["repeatOf"] = petition.RepeatOf is { } earlier ? Json(earlier) : JsonNull;
        values["handlingExtended"] = Json(petition.Extension is not null);
        values["petitionOutcome"] = (petition.ReReviewOutcome ?? petition.ReviewOutcome ?? petition.Outcome) is { } outcome ? Json(outcome.ToString()) : JsonNull;
        values["petitionVersion"] = JsonSerializer.SerializeToElement(petition.Version);

        // The newest clock of each name is the one that counts (a name is started once per petition today).
        foreach (var clock in petition.Clocks.GroupBy(c => c.Name, StringComparer.Ordinal).Select(g => g.Last()))
        {
            values[clock.Name + "State"] = Json(clock.State.ToString());
            if (clock.IsWindow)
            {
                values[clock.Name + "ClosesAt"] = Instant(ShanghaiTime.DueInstant(clock.DueOn));
                continue;
            }

            values[clock.Name + "WarnAt"] = Instant(ShanghaiTime.StartOf(clock.WarnOn));
            values[clock.Name + "OverdueAt"] = Instant(ShanghaiTime.DueInstant(clock.DueOn));
            if (clock.Name == PetitionClockNames.Handling)
            {
                values["handlingPromptAt"] = Instant(ShanghaiTime.StartOf(clock.DueOn.AddDays(-ExtensionPromptDays)));
            }
        }

        return values.ToImmutable();
    }

    private static readonly JsonElement JsonNull = JsonSerializer.SerializeToElement<object?>(null);

    private static JsonElement Json(string value) => JsonSerializer.SerializeToElement(value);

    private static JsonElement Json(bool value) => JsonSerializer.SerializeToElement(value);

    private static JsonElement Instant(DateTimeOffset instant) =>
        Json(instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
}
