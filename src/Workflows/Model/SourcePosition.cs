namespace CaseFlow.Workflows.Model;

/// <summary>The 1-based line and column of an element's start tag, as the XML reader reported it.</summary>
public readonly record struct SourcePosition(int Line, int Column)
{
    /// <summary>No known position.</summary>
    public static SourcePosition None => default;
}
