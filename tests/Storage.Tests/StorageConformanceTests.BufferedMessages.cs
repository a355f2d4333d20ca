using CaseFlow.Grains.Identity;
using CaseFlow.Grains.Messages;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Storage.Tests;

/// <summary>The buffered-message store of R55 (migration 018) on each backend: one claim wins, expiry drops and records, a
/// message id is buffered once.</summary>
public abstract partial class StorageConformanceTests<TFixture>
{
    private static readonly DateTimeOffset Published = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    private SqlBufferedMessageStore Buffer => new(Fixture.Database);

    private static BufferedMessage Held(string name, string businessKey, TimeSpan timeToLive, string? messageId = null, DateTimeOffset? at = null) =>
        new(BufferedMessage.NewId(), messageId, name, businessKey, """{"applicant":"乙"}""", """{"pages":3}""",
            new JurisdictionScope(false, ["610921.01"], []), "supervisor", at ?? Published, (at ?? Published) + timeToLive,
            BufferedMessageStates.Waiting, null);

    private static string Fresh(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task R55_a_buffered_message_is_claimed_by_one_instance_and_comes_back_whole()
    {
        var (name, key) = (Fresh("documents"), Fresh("BK"));
        var stored = await Buffer.BufferAsync(Held(name, key, TimeSpan.FromHours(1)));
        var later = await Buffer.BufferAsync(Held(name, key, TimeSpan.FromHours(1), at: Published.AddSeconds(1)));
        var now = Published.AddMinutes(10);

        var claims = await Task.WhenAll(Buffer.TryClaimAsync(stored.BufferId, "I-first", now), Buffer.TryClaimAsync(stored.BufferId, "I-second", now));
        var winner = claims[0] ? "I-first" : "I-second";
        var loser = claims[0] ? "I-second" : "I-first";
        var forWinner = await Buffer.CandidatesAsync(name, key, winner);
        var forLoser = await Buffer.CandidatesAsync(name, key, loser);
        await Buffer.MarkDeliveredAsync(stored.BufferId, winner, now);

        Assert.Equal(1, claims.Count(c => c));
        Assert.Equal([stored.BufferId, later.BufferId], forWinner.Select(m => m.BufferId));
        Assert.Equal((BufferedMessageStates.Claimed, winner), (forWinner[0].State, forWinner[0].InstanceId));
        Assert.Equal([later.BufferId], forLoser.Select(m => m.BufferId));
        Assert.Equal((stored.CorrelationJson, stored.VariablesJson, stored.Scope.Towns[0], stored.ExpiresAt), (forWinner[0].CorrelationJson, forWinner[0].VariablesJson, forWinner[0].Scope.Towns[0], forWinner[0].ExpiresAt));
        Assert.Equal([later.BufferId], (await Buffer.CandidatesAsync(name, key, winner)).Select(m => m.BufferId));
    }

    [Fact]
    public async Task R55_a_claim_given_back_waits_for_another_instance()
    {
        var (name, key) = (Fresh("documents"), Fresh("BK"));
        var stored = await Buffer.BufferAsync(Held(name, key, TimeSpan.FromHours(1)));
        Assert.True(await Buffer.TryClaimAsync(stored.BufferId, "I-first", Published.AddMinutes(1)));

        await Buffer.ReleaseAsync(stored.BufferId, "I-first");

        Assert.True(await Buffer.TryClaimAsync(stored.BufferId, "I-second", Published.AddMinutes(2)));
    }

    [Fact]
    public async Task R55_an_expired_message_cannot_be_claimed_and_its_drop_is_recorded_once()
    {
        var (name, key) = (Fresh("documents"), Fresh("BK"));
        var expiring = await Buffer.BufferAsync(Held(name, key, TimeSpan.FromMinutes(5), Fresh("M")));
        var clock = new FakeTimeProvider(Published.AddMinutes(10));
        var sweeper = new BufferedMessageSweeper(
            Buffer, Options.Create(new MessageBufferingOptions { AllowedNames = [name] }), clock, NullLogger<BufferedMessageSweeper>.Instance);

        var claimed = await Buffer.TryClaimAsync(expiring.BufferId, "I-late", clock.GetUtcNow());
        var listed = await Buffer.ExpiredAsync(clock.GetUtcNow(), 1000);
        var swept = await sweeper.SweepAsync();
        var droppedAgain = await Buffer.TryDropAsync(expiring.BufferId, clock.GetUtcNow());
        var record = await Buffer.FindByMessageIdAsync(expiring.MessageId!);

        Assert.False(claimed);
        Assert.Contains(expiring.BufferId, listed.Select(m => m.BufferId));
        Assert.True(swept >= 1);
        Assert.False(droppedAgain);
        Assert.Equal(BufferedMessageStates.Dropped, record!.State);
        Assert.Empty(await Buffer.CandidatesAsync(name, key, "I-late"));
    }

    [Fact]
    public async Task R57_a_message_id_is_buffered_once_and_answers_the_first_row()
    {
        var (name, key, messageId) = (Fresh("documents"), Fresh("BK"), Fresh("M"));
        var first = await Buffer.BufferAsync(Held(name, key, TimeSpan.FromHours(1), messageId));

        var second = await Buffer.BufferAsync(Held(name, key, TimeSpan.FromHours(2), messageId));

        Assert.Equal((first.BufferId, first.ExpiresAt), (second.BufferId, second.ExpiresAt));
        Assert.Single(await Buffer.CandidatesAsync(name, key, "I-any"));
    }

    [Fact]
    public async Task R55_the_sweep_deletes_records_of_closed_messages_past_the_retention_and_keeps_the_rest()
    {
        var (name, key) = (Fresh("documents"), Fresh("BK"));
        var old = await Buffer.BufferAsync(Held(name, key, TimeSpan.FromHours(1), Fresh("M")));
        var recent = await Buffer.BufferAsync(Held(name, key, TimeSpan.FromDays(7), Fresh("M")));
        var waiting = await Buffer.BufferAsync(Held(name, key, TimeSpan.FromDays(7), Fresh("M")));
        Assert.True(await Buffer.TryClaimAsync(old.BufferId, "I-old", Published.AddMinutes(1)));
        await Buffer.MarkDeliveredAsync(old.BufferId, "I-old", Published.AddMinutes(1));
        var clock = new FakeTimeProvider(Published.AddDays(3));
        Assert.True(await Buffer.TryClaimAsync(recent.BufferId, "I-recent", clock.GetUtcNow()));
        await Buffer.MarkDeliveredAsync(recent.BufferId, "I-recent", clock.GetUtcNow());
        var sweeper = new BufferedMessageSweeper(
            Buffer, Options.Create(new MessageBufferingOptions { AllowedNames = [name], KeepClosedFor = TimeSpan.FromDays(2) }), clock, NullLogger<BufferedMessageSweeper>.Instance);

        await sweeper.SweepAsync();

        Assert.Null(await Buffer.FindByMessageIdAsync(old.MessageId!));
        Assert.Equal(BufferedMessageStates.Delivered, (await Buffer.FindByMessageIdAsync(recent.MessageId!))!.State);
        Assert.Equal(BufferedMessageStates.Waiting, (await Buffer.FindByMessageIdAsync(waiting.MessageId!))!.State);
    }
}
