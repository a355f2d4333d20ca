using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Contracts.CaseFiles;
using CaseFlow.Grains.Contracts.Persons;
using CaseFlow.Grains.Contracts.Petitions;
using CaseFlow.Grains.Tests.Infrastructure;

namespace CaseFlow.Grains.Tests.Petitions;

/// <summary>Every <see cref="IPetitionGrain"/> method through a real cluster; the silo's date is 2026-03-01 in China.</summary>
[Collection(ClusterCollection.Name)]
public sealed class PetitionGrainTests(ClusterFixture fixture)
{
    private const string Officer = "petition-officer";
    private static int _next;

    private static string NewPetitionId() => "QT" + Interlocked.Increment(ref _next) + Guid.NewGuid().ToString("N")[..8];

    private IPetitionGrain NewPetition() => fixture.Grains.GetGrain<IPetitionGrain>(NewPetitionId());

    private static RegisterPetition Registration(string? personId = null, string name = "王五", ProblemCategory category = ProblemCategory.Subsidy) =>
        new(Officer, null, name, "13900002222", personId, null, PetitionChannel.Visit, PetitionItemType.ComplaintOrRequest, category,
            "护理补贴停发", new DateOnly(2026, 1, 5), 1);

    private async Task<string> PersonAsync()
    {
        var id = People.NewPersonId();
        Assert.Null((await fixture.Grains.GetGrain<IPersonGrain>(id).RegisterAsync(People.Registration())).Error);
        return id;
    }

    [Fact(DisplayName = "Register starts the 15-day notice clock from the received date; the phone is masked; a late notice reads overdue")]
    public async Task Register_starts_the_notice_clock()
    {
        var grain = NewPetition();

        var result = await grain.RegisterAsync(Registration());

        var petition = Assert.IsType<PetitionView>(result.Petition);
        Assert.Equal((PetitionStatus.Registered, "notice", 1), (petition.Status, petition.Stage, petition.Version));
        Assert.Equal("139****2222", petition.PetitionerPhoneMasked);
        var notice = Assert.Single(petition.Clocks);
        Assert.Equal((PetitionClockNames.Notice, new DateOnly(2026, 1, 20)), (notice.Name, notice.DueOn));
        Assert.Equal((ClockState.Overdue, ClockColour.Red, -40), (notice.State, notice.Colour, notice.DaysLeft));
        Assert.Equal(PetitionEventKinds.Registered, Assert.Single(petition.Timeline).Kind);
        Assert.Equal(petition, (await grain.GetAsync()).Petition! with { Clocks = petition.Clocks, Timeline = petition.Timeline });
    }

    [Fact(DisplayName = "The full path: accept, extend once, answer, 复查, 复核 with a hearing, rating, closure; the person file follows")]
    public async Task Full_path_through_every_command()
    {
        var personId = await PersonAsync();
        var grain = NewPetition();
        await grain.RegisterAsync(Registration(personId) with { SubjectPersonId = personId });

        var accepted = await grain.AcceptAsync(new AcceptPetition(Officer, 1, null, true, new DateOnly(2026, 1, 10), null));
        var extended = await grain.ExtendAsync(new ExtendPetition("director", null, null, 30, "complex", "需多部门核实", "handler-1"));
        var again = await grain.ExtendAsync(new ExtendPetition("director", null, null, 5, "complex", "again", null));
        var answered = await grain.AnswerAsync(new AnswerPetition("handler-1", null, null, PetitionOutcome.Support, new DateOnly(2026, 2, 20)));
        var review = await grain.RequestReviewAsync(new RequestReview(Officer, null, null, ReviewRound.Review, new DateOnly(2026, 2, 25)));
        var reviewed = await grain.RecordReviewResultAsync(new RecordReviewResult(Officer, null, null, ReviewRound.Review, PetitionOutcome.Support, new DateOnly(2026, 2, 27), null));
        await grain.RequestReviewAsync(new RequestReview(Officer, null, null, ReviewRound.ReReview, new DateOnly(2026, 2, 28)));
        var final = await grain.RecordReviewResultAsync(new RecordReviewResult(Officer, null, null, ReviewRound.ReReview, PetitionOutcome.Support, null, 5));
        var rated = await grain.RateSatisfactionAsync(new RateSatisfaction(Officer, null, null, Satisfaction.BasicallySatisfied));
        var unconfirmed = await grain.CloseAsync(new ClosePetition(Officer, null, null, ClosureType.AfterReReview, false, null));
        var closed = await grain.CloseAsync(new ClosePetition(Officer, null, null, ClosureType.AfterReReview, true, null));

        var handling = accepted.Petition!.Clocks.Single(c => c.Name == PetitionClockNames.Handling);
        Assert.Equal((new DateOnly(2026, 3, 11), ClockColour.Amber, 10), (handling.DueOn, handling.Colour, handling.DaysLeft));
        Assert.Equal(ClockState.Met, accepted.Petition.Clocks.Single(c => c.Name == PetitionClockNames.Notice).State);
        var extendedClock = extended.Petition!.Clocks.Single(c => c.Name == PetitionClockNames.Handling);
        Assert.Equal((new DateOnly(2026, 4, 10), ClockColour.Green, true), (extendedClock.DueOn, extendedClock.Colour, extendedClock.Extended));
        Assert.Equal(("director", "handler-1"), (extended.Petition.Extension!.ApprovedBy, extended.Petition.Extension.RequestedBy));
        Assert.Equal(PetitionErrorCodes.ExtensionUsed, again.Error?.Code);
        Assert.Equal(new DateOnly(2026, 3, 23), answered.Petition!.Clocks.Single(c => c.Name == PetitionClockNames.ReviewWindow).DueOn);
        Assert.Equal(new DateOnly(2026, 3, 27), review.Petition!.Clocks.Single(c => c.Name == PetitionClockNames.Review).DueOn);
        Assert.Equal((PetitionStatus.Reviewed, "reReviewWindow"), (reviewed.Petition!.Status, reviewed.Petition.Stage));
        var reReview = final.Petition!.Clocks.Single(c => c.Name == PetitionClockNames.ReReview);
        Assert.Equal((PetitionStatus.Final, new DateOnly(2026, 4, 7), ClockState.Met), (final.Petition.Status, reReview.DueOn, reReview.State));
        Assert.Equal(Satisfaction.BasicallySatisfied, rated.Petition!.Satisfaction);
        Assert.Equal(PetitionErrorCodes.SupportUnconfirmed, unconfirmed.Error?.Code);
        Assert.Equal((PetitionStatus.Closed, ClosureType.AfterReReview), (closed.Petition!.Status, closed.Petition.ClosureType));
        Assert.All(closed.Petition.Clocks, c => Assert.NotNull(c.StoppedOn));
        Assert.Equal(10, closed.Petition.Timeline.Length);

        var link = Assert.Single((await fixture.Grains.GetGrain<IPersonGrain>(personId).GetCaseFileAsync()).CaseFile!.Petitions);
        Assert.Equal((PetitionRole.Both, "Closed", "Support"), (link.Role, link.Status, link.Outcome));
    }

    [Fact(DisplayName = "Not accepting needs a reason and closes as NotAccepted; answering before acceptance is PETITION_WRONG_STATUS")]
    public async Task Not_accepted()
    {
        var grain = NewPetition();
        await grain.RegisterAsync(Registration());

        var early = await grain.AnswerAsync(new AnswerPetition(Officer, null, null, PetitionOutcome.Explanation, null));
        var noReason = await grain.AcceptAsync(new AcceptPetition(Officer, null, null, false, null, null));
        var declined = await grain.AcceptAsync(new AcceptPetition(Officer, null, null, false, null, "属于诉讼程序"));
        var closed = await grain.CloseAsync(new ClosePetition(Officer, null, null, ClosureType.NotAccepted, false, null));

        Assert.Equal(PetitionErrorCodes.WrongStatus, early.Error?.Code);
        Assert.Equal(("reason", DomainErrorCodes.Required), (noReason.Error?.Field, noReason.Error?.Code));
        Assert.Equal(PetitionStatus.NotAccepted, declined.Petition!.Status);
        Assert.Equal(ClockState.MetLate, declined.Petition.Clocks[0].State);
        Assert.Equal(PetitionStatus.Closed, closed.Petition!.Status);
    }

    [Fact(DisplayName = "A review request after its 30-day window is PETITION_WINDOW_CLOSED; closing inside the window is PETITION_WINDOW_OPEN")]
    public async Task Review_window_limits()
    {
        var grain = NewPetition();
        await grain.RegisterAsync(Registration() with { ReceivedOn = new DateOnly(2025, 11, 3) });
        await grain.AcceptAsync(new AcceptPetition(Officer, null, null, true, new DateOnly(2025, 11, 5), null));
        await grain.AnswerAsync(new AnswerPetition(Officer, null, null, PetitionOutcome.NotSupported, new DateOnly(2025, 12, 1)));

        var late = await grain.RequestReviewAsync(new RequestReview(Officer, null, null, ReviewRound.Review, new DateOnly(2026, 1, 5)));
        var tooEarly = await grain.CloseAsync(new ClosePetition(Officer, null, null, ClosureType.WindowLapsed, false, new DateOnly(2025, 12, 20)));
        var lapsed = await grain.CloseAsync(new ClosePetition(Officer, null, null, ClosureType.WindowLapsed, false, null));

        Assert.Equal(("requestedOn", PetitionErrorCodes.WindowClosed), (late.Error?.Field, late.Error?.Code));
        Assert.Equal(PetitionErrorCodes.WindowOpen, tooEarly.Error?.Code);
        Assert.Equal(ClockState.Used, lapsed.Petition!.Clocks.Single(c => c.Name == PetitionClockNames.ReviewWindow).State);
    }

    [Fact(DisplayName = "An extension after the handling deadline is PETITION_CLOCK_EXPIRED; over 30 days is OUT_OF_RANGE")]
    public async Task Extension_limits()
    {
        var grain = NewPetition();
        await grain.RegisterAsync(Registration() with { ReceivedOn = new DateOnly(2025, 11, 3) });
        await grain.AcceptAsync(new AcceptPetition(Officer, null, null, true, new DateOnly(2025, 11, 5), null));

        var tooLong = await grain.ExtendAsync(new ExtendPetition("director", null, null, 31, "complex", "x", null));
        var expired = await grain.ExtendAsync(new ExtendPetition("director", null, null, 30, "complex", "x", null));

        Assert.Equal(("days", CaseFileErrorCodes.OutOfRange), (tooLong.Error?.Field, tooLong.Error?.Code));
        Assert.Equal(PetitionErrorCodes.ClockExpired, expired.Error?.Code);
    }

    [Fact(DisplayName = "A command repeated with the same idempotency key changes nothing; a stale version is refused")]
    public async Task Idempotency_and_versions()
    {
        var grain = NewPetition();
        await grain.RegisterAsync(Registration() with { IdempotencyKey = "i1:e1:1" });
        var accept = new AcceptPetition(Officer, null, null, true, new DateOnly(2026, 1, 10), null) with { IdempotencyKey = "i1:e2:1" };

        var first = await grain.AcceptAsync(accept);
        var replay = await grain.AcceptAsync(accept);
        var registerReplay = await grain.RegisterAsync(Registration() with { IdempotencyKey = "i1:e1:1" });
        var stale = await grain.RateSatisfactionAsync(new RateSatisfaction(Officer, 1, null, Satisfaction.Satisfied));

        Assert.Equal(2, first.Petition!.Version);
        Assert.Equal(2, replay.Petition!.Version);
        Assert.Equal(2, registerReplay.Petition!.Version);
        Assert.Equal(DomainErrorCodes.VersionMismatch, stale.Error?.Code);
    }

    [Fact(DisplayName = "Same petitioner and matter category again is a repeat of the earlier petition; another category is not")]
    public async Task Repeat_detection()
    {
        var name = "赵六" + Guid.NewGuid().ToString("N")[..6];
        var first = NewPetition();
        var second = NewPetition();
        var other = NewPetition();
        var firstId = (await first.RegisterAsync(Registration(name: name))).Petition!.Id;

        var repeat = await second.RegisterAsync(Registration(name: name));
        var different = await other.RegisterAsync(Registration(name: name, category: ProblemCategory.Housing));

        Assert.Equal((firstId, 1), (repeat.Petition!.RepeatOf, repeat.Petition.RepeatCount));
        Assert.Contains("repeat of " + firstId, repeat.Petition.Timeline[0].Detail, StringComparison.Ordinal);
        Assert.Null(different.Petition!.RepeatOf);
    }

    [Fact(DisplayName = "The repeat index records each petition once and answers the earlier ones")]
    public async Task Repeat_index_grain()
    {
        var index = fixture.Grains.GetGrain<IPetitionRepeatIndexGrain>("k" + Guid.NewGuid().ToString("N"));

        Assert.Empty(await index.RecordAsync("A"));
        Assert.Equal(["A"], (await index.RecordAsync("B")).AsEnumerable());
        Assert.Empty(await index.RecordAsync("A"));
    }

    [Fact(DisplayName = "Unknown petitions, unknown linked persons and bad input are domain errors with codes and fields")]
    public async Task Errors()
    {
        var grain = NewPetition();

        var missing = await grain.GetAsync();
        var acceptMissing = await grain.AcceptAsync(new AcceptPetition(Officer, null, null, true, null, null));
        var unknownPerson = await grain.RegisterAsync(Registration("P-nobody"));
        var invalid = await grain.RegisterAsync(Registration() with { PetitionerName = null, Channel = null, ReceivedOn = new DateOnly(2026, 3, 5) });

        Assert.Equal(PetitionErrorCodes.PetitionNotFound, missing.Error?.Code);
        Assert.Equal(PetitionErrorCodes.PetitionNotFound, acceptMissing.Error?.Code);
        Assert.Equal(("petitionerPersonId", DomainErrorCodes.PersonNotFound), (unknownPerson.Error?.Field, unknownPerson.Error?.Code));
        Assert.Contains(invalid.Error!.Errors, e => e is { Field: "petitionerName", Code: DomainErrorCodes.Required });
        Assert.Contains(invalid.Error.Errors, e => e is { Field: "channel", Code: DomainErrorCodes.Required });
        Assert.Contains(invalid.Error.Errors, e => e is { Field: "receivedOn", Code: CaseFileErrorCodes.DateInFuture });
    }
}
