namespace CaseFlow.Grains.Instances;

/// <summary>How a child instance tells the instance that called it that it has ended (R47) or failed with an error (R41c).</summary>
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
}
