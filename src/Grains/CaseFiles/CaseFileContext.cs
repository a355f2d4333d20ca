using CaseFlow.Grains.Persons;

namespace CaseFlow.Grains.CaseFiles;

/// <summary>What a case-file rule decides on: the person's profile and file, today's date and the configuration.</summary>
/// <param name="Profile">The validated profile; its ID number is the first part of certificate numbers.</param>
/// <param name="File">The file before the command.</param>
/// <param name="Today">China Standard Time date of the command.</param>
/// <param name="Now">The instant of the command, for link timestamps.</param>
/// <param name="Benefits">Subsidy tiers and switches.</param>
public sealed record CaseFileContext(PersonProfile Profile, PersonCaseFile File, DateOnly Today, DateTimeOffset Now, BenefitOptions Benefits);
