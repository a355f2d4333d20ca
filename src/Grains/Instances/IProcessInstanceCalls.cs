namespace CaseFlow.Grains.Instances;

/// <summary>How a child instance tells the instance that called it that it has ended (R47), failed with an error (R41c) or escalated (R43).</summary>
[Alias("caseflow.IProcessInstanceCalls")]
public interface IProcessInstanceCalls : IGrainWithStringKey
{
    /// <summary>The child <paramref name="childInstanceId"/> completed (with its root variables) or was cancelled.</summary>
    /// <returns>True once the caller has recorded it, or had no call waiting for that child any more (a repeat, or a
    /// call cancelled meanwhile); false when the caller could not take it now and the child should tell it again.</returns>
    [Alias("child-ended")]
    Task<bool> ChildEndedAsync(string childInstanceId, bool completed, string? variablesJson);

    /// <summary>The child <paramref name="childInstanceId"/> reached a BPMN error nothing inside it caught (R41c).</summary>
    /// <returns>True once the caller has thrown it at its call activity, caught or not, or had no call waiting for that
    /// child; false when the child should tell it again.</returns>
    [Alias("child-error")]
    Task<bool> ChildErrorAsync(string childInstanceId, string errorCode, string message);

    /// <summary>The child <paramref name="childInstanceId"/> raised an escalation nothing inside it caught (R43).</summary>
    /// <param name="childInstanceId">The child.</param>
    /// <param name="escalationId">The child's id for this escalation; a repeat of it is taken once.</param>
    /// <param name="escalationCode">The thrown code.</param>
    /// <returns>True once the caller has thrown it at its call activity (caught there, passed further up, or recorded
    /// as uncaught), or had no call waiting for that child; false when the child should tell it again.</returns>
    [Alias("child-escalation")]
    Task<bool> ChildEscalationAsync(string childInstanceId, string escalationId, string escalationCode);
}
