namespace CaseFlow.Workflows.Execution.Commands;

/// <summary>The <see cref="ModificationInstruction.Kind"/> words, as the API spells them.</summary>
public static class ModificationKinds
{
    /// <summary>Cancel one element instance, or every live instance of an element, deepest first.</summary>
    public const string Cancel = "cancel";

    /// <summary>Start a token before an element (a join needs <c>viaFlow</c>).</summary>
    public const string StartBefore = "startBefore";

    /// <summary>Start a token on the single outgoing flow of an element.</summary>
    public const string StartAfter = "startAfter";
}
