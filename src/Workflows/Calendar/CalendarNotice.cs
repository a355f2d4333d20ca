namespace CaseFlow.Workflows.Calendar;

/// <summary>The State Council General Office notice a year's calendar data comes from.</summary>
/// <param name="Title">The notice's title, e.g. 国务院办公厅关于2026年部分节假日安排的通知.</param>
/// <param name="Number">The document number (文号), when recorded.</param>
/// <param name="PublishedOn">The publication date, when recorded.</param>
/// <param name="Source">Free text saying where the data comes from; for a provisional year, who enabled it and why.</param>
/// <remarks>
/// Every field is optional on its own because an admin entering a year by hand may not have the document number;
/// the year file is still rejected unless it names its origin through <see cref="Title"/> or <see cref="Source"/>.
/// </remarks>
public sealed record CalendarNotice(string? Title, string? Number, DateOnly? PublishedOn, string? Source);
