namespace CaseFlow.Grains.Contracts.Petitions;

/// <summary>A petition clock as of today: state, colour, days left (negative once overdue), overdue flag.</summary>
/// <remarks><c>DaysLeft</c> is null once the clock stopped. <c>Provisional</c>: computed on a provisional calendar year.</remarks>
[GenerateSerializer, Immutable, Alias("caseflow.petition-clock-view")]
public sealed record ClockView(
    [property: Id(0)] string Name,
    [property: Id(1)] bool IsWindow,
    [property: Id(2)] DateOnly StartedOn,
    [property: Id(3)] DateOnly DueOn,
    [property: Id(4)] DateOnly WarnOn,
    [property: Id(5)] DateOnly? StoppedOn,
    [property: Id(6)] ClockState State,
    [property: Id(7)] ClockColour Colour,
    [property: Id(8)] int? DaysLeft,
    [property: Id(9)] bool Overdue,
    [property: Id(10)] bool Extended,
    [property: Id(11)] bool Provisional);
