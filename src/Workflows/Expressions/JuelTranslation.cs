namespace CaseFlow.Workflows.Expressions;

/// <summary>A JUEL expression body rewritten as JavaScript, with a map back to the written offsets.</summary>
/// <param name="Text">The JavaScript text.</param>
/// <param name="SourceOffsets">For each character of <paramref name="Text"/>, its offset in the written body.</param>
public sealed record JuelTranslation(string Text, IReadOnlyList<int> SourceOffsets)
{
    /// <summary>The written offset of a JavaScript offset, so diagnostics point at what the modeler wrote.</summary>
    public int ToSourceOffset(int offset) =>
        SourceOffsets.Count == 0 ? 0
        : offset < 0 ? 0
        : offset >= SourceOffsets.Count ? SourceOffsets[^1] + 1
        : SourceOffsets[offset];
}
