namespace CaseFlow.Workflows.Model;

/// <summary>The attributes of a <c>process</c> element and its process-level Camunda extensions (§2).</summary>
public sealed record ProcessAttributes
{
    /// <summary>The key: <c>process/@id</c>.</summary>
    public required string Key { get; init; }

    /// <summary>The display name.</summary>
    public string? Name { get; init; }

    /// <summary><c>isExecutable</c>; only executable processes are deployed.</summary>
    public bool IsExecutable { get; init; }

    /// <summary><c>camunda:versionTag</c>: a label for the <c>versionTag</c> call binding.</summary>
    public string? VersionTag { get; init; }

    /// <summary><c>camunda:candidateStarterGroups</c>, split on commas, trimmed.</summary>
    public ValueList<string> CandidateStarterGroups { get; init; } = ValueList<string>.Empty;

    /// <summary><c>camunda:candidateStarterUsers</c>, split on commas, trimmed.</summary>
    public ValueList<string> CandidateStarterUsers { get; init; } = ValueList<string>.Empty;

    /// <summary><c>camunda:isStartableInTasklist</c>; true unless written false.</summary>
    public bool IsStartableInTasklist { get; init; } = true;

    /// <summary><c>camunda:historyTimeToLive</c> as written; accepted without effect.</summary>
    public string? HistoryTimeToLive { get; init; }

    /// <summary>Process-level savepoint attributes.</summary>
    public AsyncSettings Async { get; init; } = AsyncSettings.None;

    /// <summary>Process-level <c>camunda:properties</c>.</summary>
    public ValueList<ExtensionProperty> Properties { get; init; } = ValueList<ExtensionProperty>.Empty;

    /// <summary>Where the process element starts.</summary>
    public SourcePosition Position { get; init; }
}
