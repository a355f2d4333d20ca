namespace CaseFlow.Api.Tests.Privacy;

/// <summary>
/// Tests that read a node's own log files run with no other node alive: Serilog's request logging writes through the
/// process-wide static logger, which belongs to whichever node started last, so a parallel node could take the lines.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LogReadingCollection
{
    public const string Name = "Log reading";
}
