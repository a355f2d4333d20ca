using CaseFlow.Api.Auth;
using CaseFlow.Grains.Instances;
using CaseFlow.Grains.Messages;
using CaseFlow.Grains.Organisation;
using CaseFlow.Grains.Processes.ReadModel;
using Microsoft.Extensions.Options;

namespace CaseFlow.Api.Messages;

/// <summary>What the message endpoint needs, bound with <c>[AsParameters]</c>.</summary>
public sealed class MessageServices(
    IGrainFactory grains,
    MessageSubscriptionQueries subscriptions,
    ProcessQueries processes,
    ProcessModelCache models,
    IJurisdictionDirectory directory,
    AuthOptions auth,
    IBufferedMessageStore buffer,
    SqlMessageReceipts receipts,
    IOptions<MessageBufferingOptions> buffering,
    TimeProvider time)
{
    public IGrainFactory Grains { get; } = grains;

    public MessageSubscriptionQueries Subscriptions { get; } = subscriptions;

    public ProcessQueries Processes { get; } = processes;

    public ProcessModelCache Models { get; } = models;

    public IJurisdictionDirectory Directory { get; } = directory;

    public AuthOptions Auth { get; } = auth;

    public IBufferedMessageStore Buffer { get; } = buffer;

    public SqlMessageReceipts Receipts { get; } = receipts;

    public IOptions<MessageBufferingOptions> Buffering { get; } = buffering;

    public TimeProvider Time { get; } = time;
}
