namespace CaseFlow.Workflows.Model;

/// <summary>The messages, errors and escalations declared at the top of a file, in XML order.</summary>
public sealed record RootElements(
    ValueList<MessageDefinition> Messages,
    ValueList<ErrorDefinition> Errors,
    ValueList<EscalationDefinition> Escalations)
{
    /// <summary>No root elements.</summary>
    public static RootElements Empty { get; } =
        new(ValueList<MessageDefinition>.Empty, ValueList<ErrorDefinition>.Empty, ValueList<EscalationDefinition>.Empty);

    /// <summary>The message with this id, or null.</summary>
    public MessageDefinition? FindMessage(string? id) =>
        id is null ? null : Messages.FirstOrDefault(message => string.Equals(message.Id, id, StringComparison.Ordinal));

    /// <summary>The error with this id, or null.</summary>
    public ErrorDefinition? FindError(string? id) =>
        id is null ? null : Errors.FirstOrDefault(error => string.Equals(error.Id, id, StringComparison.Ordinal));

    /// <summary>The escalation with this id, or null.</summary>
    public EscalationDefinition? FindEscalation(string? id) =>
        id is null ? null : Escalations.FirstOrDefault(escalation => string.Equals(escalation.Id, id, StringComparison.Ordinal));
}
