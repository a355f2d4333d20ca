using System.Collections.Immutable;

namespace CaseFlow.Grains.Contracts.Petitions;

/// <summary>The petitions of one petitioner on one matter category, keyed by a keyed hash of both (never in clear).</summary>
[Alias("caseflow.IPetitionRepeatIndexGrain")]
public interface IPetitionRepeatIndexGrain : IGrainWithStringKey
{
    /// <summary>Adds the petition (once) and answers the petitions recorded before it, oldest first.</summary>
    [Alias("record")]
    Task<ImmutableArray<string>> RecordAsync(string petitionId);
}
