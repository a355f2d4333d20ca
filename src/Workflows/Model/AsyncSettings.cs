namespace CaseFlow.Workflows.Model;

/// <summary>The savepoint attributes of an element (R66): <c>camunda:asyncBefore</c>/<c>async</c>, <c>asyncAfter</c>.</summary>
/// <param name="Before">A savepoint before the element runs.</param>
/// <param name="After">A savepoint after the element completes, before its outgoing flows.</param>
/// <param name="Exclusive">As written; accepted without effect, since one instance's steps are serialised anyway.</param>
public sealed record AsyncSettings(bool Before, bool After, bool Exclusive)
{
    /// <summary>No savepoints (the default).</summary>
    public static AsyncSettings None { get; } = new(false, false, true);
}
