using Orleans.Concurrency;

namespace CaseFlow.Grains.Contracts.Persons;

/// <summary>One person's case file, keyed by the internal person id (never the resident ID number).</summary>
[Alias("caseflow.IPersonGrain")]
public interface IPersonGrain : IGrainWithStringKey
{
    /// <summary>Registers the person; refused when this id is already registered or the ID number is taken.</summary>
    [Alias("register")]
    Task<PersonResult> RegisterAsync(RegisterPerson command);

    /// <summary>The person as callers may see it, or PERSON_NOT_FOUND.</summary>
    [Alias("get")]
    Task<PersonResult> GetAsync();

    /// <summary>Changes profile fields if the caller's version is current.</summary>
    [Alias("update-profile")]
    Task<PersonResult> UpdateProfileAsync(UpdatePersonProfile command);

    /// <summary>The case history, oldest first.</summary>
    [Alias("get-history")]
    Task<PersonHistoryResult> GetHistoryAsync();

    /// <summary>Whether this id is a registered person.</summary>
    [Alias("exists")]
    Task<bool> ExistsAsync();

    /// <summary>Whether this person holds, or is at this moment claiming, the ID number with that index key.</summary>
    /// <remarks>
    /// Asked by the ID-number index to decide whether a claim is stale. It interleaves so that the index, which
    /// may be called by this grain during a command, can never wait on it in a cycle; it only reads memory.
    /// </remarks>
    [Alias("holds-id-number"), AlwaysInterleave]
    Task<bool> HoldsIdNumberAsync(string idNumberKey);
}
