namespace CaseFlow.Grains.Contracts.Petitions;

/// <summary>One statutory clock of a petition as stored: its start, computed days and whether it has stopped.</summary>
/// <remarks>
/// <c>DueOn</c> is the last day (the deadline is met by anything before the next day's 00:00 Asia/Shanghai);
/// <c>WarnOn</c> the first at-risk day. Both are recomputed from <c>StartedOn</c>, the statutory duration,
/// <c>ExtensionDays</c> and <c>PausedDays</c>, with the rest-day rollover applied once to the sum.
/// </remarks>
[GenerateSerializer, Immutable, Alias("caseflow.petition-clock")]
public sealed record PetitionClock(
    [property: Id(0)] string Name,
    [property: Id(1)] DateOnly StartedOn,
    [property: Id(2)] DateOnly DueOn,
    [property: Id(3)] DateOnly WarnOn,
    [property: Id(4)] DateOnly? StoppedOn,
    [property: Id(5)] int ExtensionDays,
    [property: Id(6)] int PausedDays,
    [property: Id(7)] bool Provisional)
{
    public bool IsRunning => StoppedOn is null;
}
