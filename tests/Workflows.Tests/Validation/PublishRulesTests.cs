using CaseFlow.Workflows.Diagnostics;
using CaseFlow.Workflows.Model;
using CaseFlow.Workflows.Validation;
using static CaseFlow.Workflows.Tests.Parsing.BpmnDocuments;

namespace CaseFlow.Workflows.Tests.Validation;

/// <summary>The cross-key checks of publishing (R81): BPMN601 and BPMN602.</summary>
public sealed class PublishRulesTests
{
    private const string MessageStart =
        """
            <bpmn:startEvent id="byMessage"><bpmn:messageEventDefinition messageRef="filed" /></bpmn:startEvent>
            <bpmn:sequenceFlow id="f1" sourceRef="byMessage" targetRef="end" />
            <bpmn:endEvent id="end" />
        """;

    private const string FiledMessage = "<bpmn:message id=\"filed\" name=\"applicationFiled\" />";

    [Fact(DisplayName = "R54/R81: a message start name used by another key's latest published version is BPMN601")]
    public void R81_start_message_taken_by_another_key_is_BPMN601()
    {
        var process = Model(Process(MessageStart, FiledMessage));
        var published = Published(("other", ["applicationFiled"]), ("third", ["unrelated"]));

        var diagnostic = Assert.Single(PublishValidator.Validate(process, published));

        Assert.Equal(DiagnosticCodes.DuplicateStartMessageAcrossKeys, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("byMessage", diagnostic.ElementId);
        Assert.Contains("other", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "R81: republishing a key whose own older version has the start message is not BPMN601")]
    public void R81_own_key_does_not_conflict()
    {
        var process = Model(Process(MessageStart, FiledMessage));

        Assert.Empty(PublishValidator.Validate(process, Published(("p", ["applicationFiled"]))));
        Assert.Equal(["applicationFiled"], PublishValidator.StartMessageNames(process));
    }

    [Fact(DisplayName = "R81: a called key with no published version is the warning BPMN602; a published or own key is not")]
    public void R81_unpublished_called_key_is_BPMN602_warning()
    {
        var missing = Model(Linear("<bpmn:callActivity id=\"middle\" calledElement=\"child\" />"));
        var self = Model(Linear("<bpmn:callActivity id=\"middle\" calledElement=\"p\" />"));
        var dynamic = Model(Linear("<bpmn:callActivity id=\"middle\" calledElement=\"${childKey}\" />"));

        var diagnostic = Assert.Single(PublishValidator.Validate(missing, PublishedProcesses.None));
        Assert.Equal(DiagnosticCodes.CalledKeyNotPublished, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("middle", diagnostic.ElementId);
        Assert.Empty(PublishValidator.Validate(missing, Published(("child", []))));
        Assert.Empty(PublishValidator.Validate(self, PublishedProcesses.None));
        Assert.Empty(PublishValidator.Validate(dynamic, PublishedProcesses.None));
    }

    private static ProcessModel Model(string xml)
    {
        var result = Parse(xml);
        result.AssertNoErrors();
        return result.Definitions!.ExecutableProcesses.Single();
    }

    private static PublishedProcesses Published(params (string Key, string[] Names)[] keys) =>
        new(keys.ToDictionary(entry => entry.Key, entry => (IReadOnlyCollection<string>)entry.Names, StringComparer.Ordinal));
}
