namespace CaseFlow.Workflows.Execution;

/// <summary>The two token moves of the run loop.</summary>
internal enum WorkKind
{
    /// <summary>Enter the element: run its behaviour.</summary>
    Activate,

    /// <summary>Complete the element normally: output mappings, then leave (an incident retry re-runs this).</summary>
    Complete,

    /// <summary>Leave the element through its outgoing flows (R8–R13).</summary>
    Leave,
}
