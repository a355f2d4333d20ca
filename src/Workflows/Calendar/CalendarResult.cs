namespace CaseFlow.Workflows.Calendar;

/// <summary>The answer of a calendar computation and whether it relied on a provisional year.</summary>
/// <param name="Value">The computed date or count.</param>
/// <param name="Provisional">
/// True when at least one day consulted lies in a year whose data is a provisional Mon–Fri calendar (DOMAIN.md §5.4):
/// the answer must be shown with the provisional flag and recomputed once the real notice is loaded.
/// </param>
public readonly record struct CalendarResult<T>(T Value, bool Provisional);
