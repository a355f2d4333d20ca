using CaseFlow.Grains.Contracts.CaseFiles;
using CaseFlow.Grains.Contracts.Petitions;

namespace CaseFlow.Grains.Tests.Petitions;

/// <summary>
/// One petition followed on a fake clock across the 2024 National Day break: the notice clock turns amber and red on
/// the right days, late acceptance is met late, the handling clock runs 60 days, and the timeline records the fake time.
/// </summary>
[Collection(PetitionClockCollection.Name)]
public sealed class PetitionClockTimeTests(PetitionClockClusterFixture fixture)
{
    private static void AdvanceTo(DateOnly chinaDate)
    {
        var target = new DateTimeOffset(chinaDate.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));
        PetitionClockClusterFixture.Clock.Advance(target - PetitionClockClusterFixture.Clock.GetUtcNow());
    }

    private static ClockView Clock(PetitionResult result, string name) => result.Petition!.Clocks.Single(c => c.Name == name);

    [Fact(DisplayName = "Notice and handling clocks change colour as the fake clock passes their warning and last days")]
    public async Task Clocks_follow_the_fake_clock()
    {
        var grain = fixture.Grains.GetGrain<IPetitionGrain>("QTIME-" + Guid.NewGuid().ToString("N"));
        AdvanceTo(new DateOnly(2024, 9, 25));
        var registered = await grain.RegisterAsync(new RegisterPetition("petition-officer", null, "王五", null, null, null, PetitionChannel.Letter,
            PetitionItemType.ComplaintOrRequest, ProblemCategory.Care, "托养补助", new DateOnly(2024, 9, 25), null));

        // Received Wed 2024-09-25: +15 = Thu 10-10, a working day; amber from 10-06 (4 days left).
        Assert.Equal((new DateOnly(2024, 10, 10), ClockColour.Green, 15), (Clock(registered, "notice").DueOn, Clock(registered, "notice").Colour, Clock(registered, "notice").DaysLeft));
        AdvanceTo(new DateOnly(2024, 10, 6));
        Assert.Equal(ClockColour.Amber, Clock(await grain.GetAsync(), "notice").Colour);
        AdvanceTo(new DateOnly(2024, 10, 10));
        Assert.Equal((ClockColour.Amber, 0), (Clock(await grain.GetAsync(), "notice").Colour, Clock(await grain.GetAsync(), "notice").DaysLeft));
        AdvanceTo(new DateOnly(2024, 10, 11));
        var late = Clock(await grain.GetAsync(), "notice");
        Assert.Equal((ClockState.Overdue, ClockColour.Red, true), (late.State, late.Colour, late.Overdue));

        // Accepted on 10-11: the notice was late; handling runs 60 days to Tue 12-10.
        var accepted = await grain.AcceptAsync(new AcceptPetition("petition-officer", null, null, true, null, null));
        Assert.Equal(ClockState.MetLate, Clock(accepted, "notice").State);
        Assert.Equal((new DateOnly(2024, 12, 10), ClockColour.Green), (Clock(accepted, "handling").DueOn, Clock(accepted, "handling").Colour));
        AdvanceTo(new DateOnly(2024, 11, 25));
        Assert.Equal(ClockColour.Amber, Clock(await grain.GetAsync(), "handling").Colour);

        var timeline = (await grain.GetAsync()).Petition!.Timeline;
        Assert.Equal(new DateTimeOffset(2024, 9, 25, 2, 0, 0, TimeSpan.Zero), timeline[0].OccurredAt);
        Assert.Equal(new DateTimeOffset(2024, 10, 11, 2, 0, 0, TimeSpan.Zero), timeline[1].OccurredAt);
        Assert.Equal("petition-officer", timeline[1].Actor);
    }
}
