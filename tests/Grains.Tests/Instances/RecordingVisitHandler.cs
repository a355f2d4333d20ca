using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json;
using CaseFlow.Grains.Instances;

namespace CaseFlow.Grains.Tests.Instances;

/// <summary>Handles <c>caseflow.record-visit</c> by recording the call and returning one variable.</summary>
public sealed class RecordingVisitHandler : IServiceTaskHandler
{
    public const string HandledTopic = "caseflow.record-visit";

    /// <summary>Every context the handler saw, by instance id.</summary>
    public static ConcurrentDictionary<string, ConcurrentQueue<ServiceTaskContext>> Calls { get; } = new(StringComparer.Ordinal);

    public string Topic => HandledTopic;

    public Task<ServiceTaskOutcome> HandleAsync(ServiceTaskContext context, CancellationToken cancellationToken)
    {
        Calls.GetOrAdd(context.InstanceId, _ => new ConcurrentQueue<ServiceTaskContext>()).Enqueue(context);
        var variables = ImmutableSortedDictionary.CreateRange(
            StringComparer.Ordinal,
            [KeyValuePair.Create("visitRecorded", JsonSerializer.SerializeToElement(true))]);
        return Task.FromResult(ServiceTaskOutcome.Completed(variables));
    }
}
