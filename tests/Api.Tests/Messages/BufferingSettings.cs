namespace CaseFlow.Api.Tests.Messages;

/// <summary>Node settings that turn buffering on for the one message name of <c>timer-then-documents.bpmn</c>.</summary>
public static class BufferingSettings
{
    public const string BufferedName = "documents_buffered";

    public static IReadOnlyDictionary<string, string?> Values { get; } = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["Messages:Buffering:AllowedNames:0"] = BufferedName,
        ["Messages:Buffering:MaxTimeToLive"] = "1.00:00:00",
    };
}
