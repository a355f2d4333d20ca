using System.Globalization;
using CaseFlow.Grains.CaseFiles;
using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Contracts.CaseFiles;
using CaseFlow.Grains.Contracts.Petitions;

namespace CaseFlow.Grains.Petitions;

/// <summary>What each petition command may do in each status, and how it moves the clocks. Pure: dates in, decision out.</summary>
public static class PetitionRules
{
    private const int MaxGroupRepresentatives = 5;
    private const int MaxGroupSize = 10_000;
    private const int MaxHearingDays = 60;

    /// <summary>A validated registration; links, jurisdiction and repeat detection are added by the grain.</summary>
    public static PetitionDecision Register(RegisterPetition command, DateOnly today, PetitionClocks clocks)
    {
        var checks = new CaseFileChecks(today);
        var name = checks.Text(command.PetitionerName, "petitionerName", required: true);
        var phone = checks.Text(command.PetitionerPhone, "petitionerPhone", required: false, 20);
        var channel = checks.RequiredEnum(command.Channel, "channel");
        var itemType = checks.RequiredEnum(command.ItemType, "itemType");
        var category = checks.RequiredEnum(command.MatterCategory, "matterCategory");
        var matter = checks.Text(command.Matter, "matter", required: true, CaseFileChecks.MaxLongText);
        var received = checks.PastDate(command.ReceivedOn, "receivedOn", defaultToday: false);
        var group = checks.Range(command.GroupSize ?? 1, "groupSize", 1, MaxGroupSize);
        if (checks.Failed || name is null || channel is null || itemType is null || category is null || matter is null || received is null)
        {
            return PetitionDecision.Refuse(DomainError.Validation(checks.Errors));
        }

        var notice = clocks.Start(PetitionClockNames.Notice, received.Value);
        var file = new PetitionFile(name, phone, null, null, null, null, channel.Value, itemType.Value, category.Value, matter, group!.Value,
            received.Value, null, 0, PetitionStatus.Registered, [notice], null, null, null, null, null, null, null, null, null, null);

        // Art. 20: a group visit chooses at most five representatives; registration records the size and warns beyond.
        var detail = group > MaxGroupRepresentatives ? "group of " + Text(group.Value) + ": more than 5, representatives to be chosen" : null;
        return PetitionDecision.Change(file, PetitionEventKinds.Registered, detail);
    }

    public static PetitionDecision Accept(PetitionFile file, AcceptPetition command, DateOnly today)
    {
        if (file.Status != PetitionStatus.Registered)
        {
            return WrongStatus(file, "decide acceptance");
        }

        var checks = new CaseFileChecks(today);
        var accepted = checks.Required(command.Accepted, "accepted");
        var on = checks.PastDate(command.NoticeOn, "noticeOn");
        checks.NotBefore(on, file.ReceivedOn, "noticeOn", "The notice cannot precede the receipt.");
        var reason = checks.Text(command.Reason, "reason", required: accepted == false, CaseFileChecks.MaxLongText);
        if (checks.Failed || accepted is null || on is null)
        {
            return PetitionDecision.Refuse(DomainError.Validation(checks.Errors));
        }

        var stopped = file.WithClock(PetitionClocks.Stop(file.Clock(PetitionClockNames.Notice)!, on.Value));
        if (accepted == false)
        {
            return PetitionDecision.Change(stopped with { Status = PetitionStatus.NotAccepted, NotAcceptedReason = reason }, PetitionEventKinds.NotAccepted);
        }

        return PetitionDecision.Change(stopped with { Status = PetitionStatus.Accepted, AcceptedOn = on }, PetitionEventKinds.Accepted);
    }

    /// <summary>The handling clock starts on acceptance; kept apart so the grain can report a missing calendar year.</summary>
    public static PetitionFile StartHandling(PetitionFile file, PetitionClocks clocks) =>
        file.Status == PetitionStatus.Accepted && file.Clock(PetitionClockNames.Handling) is null
            ? file.WithClock(clocks.Start(PetitionClockNames.Handling, file.AcceptedOn!.Value))
            : file;

    public static PetitionDecision Extend(PetitionFile file, ExtendPetition command, DateOnly today, PetitionClocks clocks)
    {
        if (file.Status != PetitionStatus.Accepted)
        {
            return WrongStatus(file, "extend the handling deadline");
        }

        if (file.Extension is not null)
        {
            return PetitionDecision.Refuse(DomainError.Simple(PetitionErrorCodes.ExtensionUsed, "The handling deadline may be extended only once (Art. 34)."));
        }

        var checks = new CaseFileChecks(today);
        var days = checks.Range(command.Days, "days", 1, PetitionClocks.MaxExtensionDays);
        var reason = checks.Text(command.ReasonCode, "reasonCode", required: true);
        var justification = checks.Text(command.Justification, "justification", required: true, CaseFileChecks.MaxLongText);
        var requestedBy = checks.Text(command.RequestedBy, "requestedBy", required: false) ?? command.Actor;
        if (checks.Failed || days is null || reason is null || justification is null)
        {
            return PetitionDecision.Refuse(DomainError.Validation(checks.Errors));
        }

        var handling = file.Clock(PetitionClockNames.Handling)!;
        if (today > handling.DueOn)
        {
            return PetitionDecision.Refuse(DomainError.Simple(PetitionErrorCodes.ClockExpired,
                "The handling deadline has passed; an extension must be approved before it ends."));
        }

        var extended = clocks.Extend(handling, days.Value);
        return PetitionDecision.Change(
            file.WithClock(extended) with { Extension = new PetitionExtension(days.Value, reason, justification, requestedBy, command.Actor, today) },
            PetitionEventKinds.Extended,
            "days=" + Text(days.Value) + "; due=" + Text(extended.DueOn));
    }

    public static PetitionDecision Answer(PetitionFile file, AnswerPetition command, DateOnly today, PetitionClocks clocks)
    {
        if (file.Status != PetitionStatus.Accepted)
        {
            return WrongStatus(file, "answer");
        }

        var checks = new CaseFileChecks(today);
        var outcome = checks.RequiredEnum(command.Outcome, "outcome");
        var received = checks.PastDate(command.ReceivedOn, "receivedOn");
        checks.NotBefore(received, file.AcceptedOn, "receivedOn", "The reply cannot precede acceptance.");
        if (checks.Failed || outcome is null || received is null)
        {
            return PetitionDecision.Refuse(DomainError.Validation(checks.Errors));
        }

        var next = file.WithClock(PetitionClocks.Stop(file.Clock(PetitionClockNames.Handling)!, received.Value))
            .WithClock(clocks.Start(PetitionClockNames.ReviewWindow, received.Value));
        return PetitionDecision.Change(next with { Status = PetitionStatus.Replied, Outcome = outcome, RepliedOn = received },
            PetitionEventKinds.Answered, "outcome=" + outcome);
    }

    public static PetitionDecision RequestReview(PetitionFile file, RequestReview command, DateOnly today, PetitionClocks clocks)
    {
        var checks = new CaseFileChecks(today);
        var round = checks.RequiredEnum(command.Round, "round");
        var requested = checks.PastDate(command.RequestedOn, "requestedOn");
        if (checks.Failed || round is null || requested is null)
        {
            return PetitionDecision.Refuse(DomainError.Validation(checks.Errors));
        }

        var (from, windowName, clockName, to) = round == ReviewRound.Review
            ? (PetitionStatus.Replied, PetitionClockNames.ReviewWindow, PetitionClockNames.Review, PetitionStatus.InReview)
            : (PetitionStatus.Reviewed, PetitionClockNames.ReReviewWindow, PetitionClockNames.ReReview, PetitionStatus.InReReview);
        if (file.Status != from)
        {
            return WrongStatus(file, "request " + (round == ReviewRound.Review ? "a review (复查)" : "a re-review (复核)"));
        }

        var window = file.Clock(windowName)!;
        checks.NotBefore(requested, window.StartedOn, "requestedOn", "The request cannot precede the reply it contests.");
        if (checks.Failed)
        {
            return PetitionDecision.Refuse(DomainError.Validation(checks.Errors));
        }

        if (requested > window.DueOn)
        {
            return PetitionDecision.Refuse(DomainError.Simple(PetitionErrorCodes.WindowClosed,
                "The 30-day window for this request ended on " + Text(window.DueOn) + ".", "requestedOn"));
        }

        var next = file.WithClock(PetitionClocks.Stop(window, requested.Value)).WithClock(clocks.Start(clockName, requested.Value));
        return PetitionDecision.Change(next with { Status = to }, PetitionEventKinds.ReviewRequested, "round=" + round);
    }

    public static PetitionDecision RecordReviewResult(PetitionFile file, RecordReviewResult command, DateOnly today, PetitionClocks clocks)
    {
        var checks = new CaseFileChecks(today);
        var round = checks.RequiredEnum(command.Round, "round");
        var outcome = checks.RequiredEnum(command.Outcome, "outcome");
        var received = checks.PastDate(command.ReceivedOn, "receivedOn");
        var hearing = checks.Range(command.HearingDays ?? 0, "hearingDays", 0, MaxHearingDays);
        if (round == ReviewRound.Review && command.HearingDays is > 0)
        {
            checks.Add("hearingDays", CaseFileErrorCodes.OutOfRange, "Only the re-review (复核) clock pauses for a hearing.");
        }

        if (checks.Failed || round is null || outcome is null || received is null || hearing is null)
        {
            return PetitionDecision.Refuse(DomainError.Validation(checks.Errors));
        }

        var (from, clockName) = round == ReviewRound.Review
            ? (PetitionStatus.InReview, PetitionClockNames.Review)
            : (PetitionStatus.InReReview, PetitionClockNames.ReReview);
        if (file.Status != from)
        {
            return WrongStatus(file, "record a " + (round == ReviewRound.Review ? "review" : "re-review") + " result");
        }

        var clock = file.Clock(clockName)!;
        checks.NotBefore(received, clock.StartedOn, "receivedOn", "The answer cannot precede the request.");
        if (checks.Failed)
        {
            return PetitionDecision.Refuse(DomainError.Validation(checks.Errors));
        }

        // Hearing days extend the 复核 clock before it stops, so "met" is judged against the paused deadline.
        var stopped = PetitionClocks.Stop(hearing > 0 ? clocks.Pause(clock, hearing.Value) : clock, received.Value);
        var next = file.WithClock(stopped);
        next = round == ReviewRound.Review
            ? next.WithClock(clocks.Start(PetitionClockNames.ReReviewWindow, received.Value)) with { Status = PetitionStatus.Reviewed, ReviewOutcome = outcome }
            : next with { Status = PetitionStatus.Final, ReReviewOutcome = outcome };
        return PetitionDecision.Change(next, PetitionEventKinds.ReviewAnswered, "round=" + round + "; outcome=" + outcome);
    }

    public static PetitionDecision RateSatisfaction(PetitionFile file, RateSatisfaction command, DateOnly today)
    {
        if (file.Status is PetitionStatus.Registered or PetitionStatus.Accepted or PetitionStatus.NotAccepted or PetitionStatus.Closed)
        {
            return WrongStatus(file, "rate the reply");
        }

        var checks = new CaseFileChecks(today);
        var rating = checks.RequiredEnum(command.Rating, "rating");
        return checks.Failed || rating is null
            ? PetitionDecision.Refuse(DomainError.Validation(checks.Errors))
            : PetitionDecision.Change(file with { Satisfaction = rating }, PetitionEventKinds.SatisfactionRated, "rating=" + rating);
    }

    public static PetitionDecision Close(PetitionFile file, ClosePetition command, DateOnly today)
    {
        var checks = new CaseFileChecks(today);
        var type = checks.RequiredEnum(command.Type, "type");
        var on = checks.PastDate(command.ClosedOn, "closedOn");
        checks.NotBefore(on, file.ReceivedOn, "closedOn", "A petition cannot close before it was received.");
        if (checks.Failed || type is null || on is null)
        {
            return PetitionDecision.Refuse(DomainError.Validation(checks.Errors));
        }

        // Which closure fits which status: the window must have run out unless the petitioner withdrew.
        var (fits, window) = (type.Value, file.Status) switch
        {
            (ClosureType.NotAccepted, PetitionStatus.NotAccepted) => (true, null),
            (ClosureType.WindowLapsed, PetitionStatus.Replied) => (true, file.Clock(PetitionClockNames.ReviewWindow)),
            (ClosureType.AfterReview, PetitionStatus.Reviewed) => (true, file.Clock(PetitionClockNames.ReReviewWindow)),
            (ClosureType.AfterReReview, PetitionStatus.Final) => (true, null),
            (ClosureType.Withdrawn, not PetitionStatus.Closed) => (true, null),
            _ => (false, (PetitionClock?)null),
        };
        if (!fits)
        {
            return PetitionDecision.Refuse(DomainError.Simple(PetitionErrorCodes.WrongStatus,
                $"A {file.Status} petition cannot be closed as {type}.", "type"));
        }

        if (window is not null && on <= window.DueOn)
        {
            return PetitionDecision.Refuse(DomainError.Simple(PetitionErrorCodes.WindowOpen,
                "The petitioner may still ask for a review until " + Text(window.DueOn) + ".", "closedOn"));
        }

        var supported = (file.ReReviewOutcome ?? file.ReviewOutcome ?? file.Outcome) == PetitionOutcome.Support;
        if (supported && type != ClosureType.Withdrawn && !command.SupportCarriedOut)
        {
            return PetitionDecision.Refuse(DomainError.Simple(PetitionErrorCodes.SupportUnconfirmed,
                "A supported petition closes only once the decision is confirmed carried out.", "supportCarriedOut"));
        }

        // Every clock still running stops at closure (a withdrawn item has nothing left to meet).
        var next = file;
        foreach (var running in file.Clocks.Where(c => c.IsRunning))
        {
            next = next.WithClock(PetitionClocks.Stop(running, on.Value));
        }

        return PetitionDecision.Change(next with { Status = PetitionStatus.Closed, ClosureType = type, ClosedOn = on }, PetitionEventKinds.Closed, "type=" + type);
    }

    private static PetitionDecision WrongStatus(PetitionFile file, string action) =>
        PetitionDecision.Refuse(DomainError.Simple(PetitionErrorCodes.WrongStatus, $"A {file.Status} petition cannot {action}."));

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
