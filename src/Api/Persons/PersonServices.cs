using CaseFlow.Grains.Persons.ReadModel;

namespace CaseFlow.Api.Persons;

/// <summary>What the person handlers need, bound with <c>[AsParameters]</c> to keep handler signatures short.</summary>
public sealed class PersonServices(IGrainFactory grains, PersonQueries queries, TimeProvider time)
{
    public IGrainFactory Grains { get; } = grains;

    public PersonQueries Queries { get; } = queries;

    public TimeProvider Time { get; } = time;
}
