using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Diagnostics;

/// <summary>Collects diagnostics from the reader and the validator and returns them in document order.</summary>
/// <remarks>
/// The reader and the validator walk the file in different passes, so findings arrive out of order; sorting by
/// line and column, with the arrival sequence as the tie-breaker, restores document order deterministically (R87,
/// R89). The cap of BPMN.md R87 is applied after sorting so the first 200 in the file are the ones kept.
/// </remarks>
public sealed class DiagnosticBag
{
    /// <summary>The most diagnostics one file reports (BPMN.md R87).</summary>
    public const int DefaultLimit = 200;

    private readonly List<(Diagnostic Diagnostic, int Sequence)> _items = [];

    /// <summary>True when at least one error was added.</summary>
    public bool HasErrors { get; private set; }

    /// <summary>Adds a diagnostic with the code's default severity.</summary>
    public void Add(string code, string message, string? elementId, string? elementType, SourcePosition position) =>
        Add(code, DiagnosticCodes.DefaultSeverity(code), message, elementId, elementType, position);

    /// <summary>Adds a diagnostic with an explicit severity.</summary>
    public void Add(
        string code,
        DiagnosticSeverity severity,
        string message,
        string? elementId,
        string? elementType,
        SourcePosition position)
    {
        _items.Add((new Diagnostic(code, severity, message, elementId, elementType, position.Line, position.Column), _items.Count));
        HasErrors |= severity == DiagnosticSeverity.Error;
    }

    /// <summary>Adds diagnostics produced elsewhere, keeping their positions.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            _items.Add((diagnostic, _items.Count));
            HasErrors |= diagnostic.IsError;
        }
    }

    /// <summary>The diagnostics in document order, at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList(int limit = DefaultLimit) =>
        _items
            .OrderBy(item => item.Diagnostic.Line)
            .ThenBy(item => item.Diagnostic.Column)
            .ThenBy(item => item.Sequence)
            .Take(limit)
            .Select(item => item.Diagnostic)
            .ToArray();
}
