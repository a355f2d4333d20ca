namespace CaseFlow.Grains.Processes;

/// <summary>Where a publish finds the other process keys to check its message start names against (R81, BPMN601).</summary>
/// <remarks>
/// Only the list of keys comes from here: whether a listed key is published, and with which start messages, is asked
/// of that key's own grain. A list that names too many keys therefore costs a call each and changes no answer; a key
/// missing from it is not checked.
/// </remarks>
public interface IProcessKeySource
{
    /// <summary>Every key that may have a published version, in any order.</summary>
    Task<IReadOnlyList<string>> ListPublishedKeysAsync(CancellationToken cancellationToken);
}
