namespace CaseFlow.Grains.Contracts.Petitions;

/// <summary>One petition (信访事项) with its statutory clocks, keyed by the internal petition id.</summary>
/// <remarks>
/// Every command is a single step a process service task (<c>caseflow.*</c> topic) may call with its idempotency key;
/// the BPMN model drives the order, the grain enforces what the law allows in each status.
/// </remarks>
[Alias("caseflow.IPetitionGrain")]
public interface IPetitionGrain : IGrainWithStringKey
{
    [Alias("register")]
    Task<PetitionResult> RegisterAsync(RegisterPetition command);

    /// <summary>The petition with its clocks as of now, or PETITION_NOT_FOUND.</summary>
    [Alias("get")]
    Task<PetitionResult> GetAsync();

    [Alias("accept")]
    Task<PetitionResult> AcceptAsync(AcceptPetition command);

    [Alias("extend")]
    Task<PetitionResult> ExtendAsync(ExtendPetition command);

    [Alias("answer")]
    Task<PetitionResult> AnswerAsync(AnswerPetition command);

    [Alias("request-review")]
    Task<PetitionResult> RequestReviewAsync(RequestReview command);

    [Alias("record-review-result")]
    Task<PetitionResult> RecordReviewResultAsync(RecordReviewResult command);

    [Alias("rate-satisfaction")]
    Task<PetitionResult> RateSatisfactionAsync(RateSatisfaction command);

    [Alias("close")]
    Task<PetitionResult> CloseAsync(ClosePetition command);
}
