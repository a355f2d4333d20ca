namespace CaseFlow.Workflows.Model;

/// <summary>What triggers or is thrown by an event; <see cref="None"/> for an event without a definition.</summary>
public enum EventDefinitionKind
{
    None,
    Timer,
    Message,
    Error,
    Escalation,
    Terminate,
}
