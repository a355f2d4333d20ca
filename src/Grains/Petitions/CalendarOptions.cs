using Microsoft.Extensions.Options;

namespace CaseFlow.Grains.Petitions;

/// <summary>Where the business calendar comes from (section <c>Calendar</c>).</summary>
/// <remarks>Relative folders are resolved against the node's base directory, where the build copies <c>seeds/</c>.</remarks>
public sealed class CalendarOptions
{
    public const string SectionName = "Calendar";

    /// <summary>The shipped year files.</summary>
    public string Folder { get; init; } = Path.Combine("seeds", "calendars", "cn");

    /// <summary>Admin corrections and provisional years; may not exist yet.</summary>
    public string? OverrideFolder { get; init; }

    public string ResolvedFolder => Path.IsPathRooted(Folder) ? Folder : Path.Combine(AppContext.BaseDirectory, Folder);

    public string? ResolvedOverrideFolder =>
        OverrideFolder is null ? null : Path.IsPathRooted(OverrideFolder) ? OverrideFolder : Path.Combine(AppContext.BaseDirectory, OverrideFolder);

    public sealed class Validator : IValidateOptions<CalendarOptions>
    {
        public ValidateOptionsResult Validate(string? name, CalendarOptions options)
        {
            ArgumentNullException.ThrowIfNull(options);
            return Directory.Exists(options.ResolvedFolder)
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail("Calendar:Folder names a folder that does not exist: " + options.Folder);
        }
    }
}
