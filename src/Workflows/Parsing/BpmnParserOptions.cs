namespace CaseFlow.Workflows.Parsing;

/// <summary>Limits and deployment context for parsing and validating a BPMN file (BPMN.md §6).</summary>
/// <remarks>
/// The defaults are BPMN.md's. The sets describe the installation the file is deployed to: which roles exist
/// (BPMN506), which <c>caseflow.</c> topics and listeners have handlers (BPMN206) and, when known, which forms the
/// deployment carries (BPMN503). They are inputs rather than globals so a parse stays a pure function of its
/// arguments (R89).
/// </remarks>
public sealed record BpmnParserOptions
{
    /// <summary>The default options.</summary>
    public static BpmnParserOptions Default { get; } = new();

    /// <summary>The largest file accepted, in bytes (BPMN002).</summary>
    /// <value>4 MiB.</value>
    public int MaxFileBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>The deepest element nesting accepted (BPMN003).</summary>
    /// <value>64.</value>
    public int MaxDepth { get; init; } = 64;

    /// <summary>The most XML elements in a file (BPMN004).</summary>
    /// <value>50,000.</value>
    public int MaxElements { get; init; } = 50_000;

    /// <summary>The most flow nodes in one process, subprocess contents included (BPMN004).</summary>
    /// <value>2,000.</value>
    public int MaxFlowNodesPerProcess { get; init; } = 2_000;

    /// <summary>The longest attribute value or element text, in characters (BPMN005).</summary>
    /// <value>64 KiB.</value>
    public int MaxValueLength { get; init; } = 64 * 1024;

    /// <summary>The longest id (BPMN005).</summary>
    /// <value>255.</value>
    public int MaxIdLength { get; init; } = 255;

    /// <summary>The most diagnostics reported (R87).</summary>
    /// <value>200.</value>
    public int MaxDiagnostics { get; init; } = 200;

    /// <summary>The role names a literal <c>candidateGroups</c> may use (BPMN506).</summary>
    public IReadOnlySet<string> KnownRoles { get; init; } = new HashSet<string>(
        ["caseworker", "village_member", "assessor", "petition_officer", "supervisor", "director", "admin"],
        StringComparer.Ordinal);

    /// <summary>The <c>caseflow.</c> service topics with a registered handler (BPMN206).</summary>
    public IReadOnlySet<string> RegisteredHandlers { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The task listener names (<c>class</c> or <c>delegateExpression</c>) with a registered handler (BPMN206).</summary>
    public IReadOnlySet<string> RegisteredListeners { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// The form ids deployed with the file, checked for <c>formRef</c> with the <c>deployment</c> binding (BPMN503);
    /// null when the caller does not know them, which skips the check.
    /// </summary>
    public IReadOnlySet<string>? DeployedFormIds { get; init; }
}
