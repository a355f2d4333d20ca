namespace CaseFlow.Storage.Tests.Grains;

/// <summary>The state the conformance tests store; plain properties so it round-trips through System.Text.Json.</summary>
[GenerateSerializer]
[Alias("caseflow.tests.probe-state")]
public sealed class ProbeState
{
    [Id(0)]
    public string? Value { get; set; }

    [Id(1)]
    public int Count { get; set; }
}
