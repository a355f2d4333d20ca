namespace CaseFlow.Grains.Contracts.Petitions;

/// <summary>Stable error codes of petition commands (besides the shared REQUIRED, TOO_LONG, OUT_OF_RANGE…).</summary>
public static class PetitionErrorCodes
{
    public const string PetitionNotFound = "PETITION_NOT_FOUND";
    public const string PetitionExists = "PETITION_EXISTS";

    /// <summary>The command does not apply in the petition's current status (e.g. answering before acceptance).</summary>
    public const string WrongStatus = "PETITION_WRONG_STATUS";

    /// <summary>The one extension Art. 34 allows has been used.</summary>
    public const string ExtensionUsed = "PETITION_EXTENSION_USED";

    /// <summary>The handling deadline has passed; an extension must be approved before it.</summary>
    public const string ClockExpired = "PETITION_CLOCK_EXPIRED";

    /// <summary>The review or re-review request came after its 30-day window.</summary>
    public const string WindowClosed = "PETITION_WINDOW_CLOSED";

    /// <summary>Closing before the review or re-review window has ended.</summary>
    public const string WindowOpen = "PETITION_WINDOW_OPEN";

    /// <summary>A support outcome closes only once the decision is confirmed carried out.</summary>
    public const string SupportUnconfirmed = "PETITION_SUPPORT_UNCONFIRMED";

    /// <summary>A date the calendar has no data for (DOMAIN.md §5.4).</summary>
    public const string CalendarYearMissing = "CALENDAR_YEAR_MISSING";

    public static bool IsNotFound(string code) => code is PetitionNotFound;

    public static bool IsConflict(string code) =>
        code is PetitionExists or WrongStatus or ExtensionUsed or ClockExpired or WindowClosed or WindowOpen or SupportUnconfirmed;
}
