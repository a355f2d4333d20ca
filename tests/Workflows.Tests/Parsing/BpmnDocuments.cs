using CaseFlow.Workflows.Diagnostics;
using CaseFlow.Workflows.Model;
using CaseFlow.Workflows.Parsing;

namespace CaseFlow.Workflows.Tests.Parsing;

/// <summary>Builds small BPMN files in code and reads the fixture files.</summary>
internal static class BpmnDocuments
{
    public const string Namespaces =
        "xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" " +
        "xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" " +
        "xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\" " +
        "xmlns:dc=\"http://www.omg.org/spec/DD/20100524/DC\"";

    /// <summary>A file whose executable process <c>p</c> holds <paramref name="body"/>; root elements follow the process.</summary>
    public static string Process(string body, string rootElements = "") =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions {Namespaces} id="defs" targetNamespace="http://example.org">
          <bpmn:process id="p" isExecutable="true">
        {body}
          </bpmn:process>
        {rootElements}
        </bpmn:definitions>
        """;

    /// <summary>start → (content) → end: <paramref name="middle"/> must contain a node with id <c>middle</c>.</summary>
    public static string Linear(string middle, string extra = "", string rootElements = "") =>
        Process(
            $"""
                <bpmn:startEvent id="start" />
                <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="middle" />
                {middle}
                <bpmn:sequenceFlow id="f2" sourceRef="middle" targetRef="end" />
                <bpmn:endEvent id="end" />
                {extra}
            """,
            rootElements);

    public static BpmnParseResult Parse(string xml, BpmnParserOptions? options = null) => BpmnParser.Parse(xml, options);

    public static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static IEnumerable<string> Codes(this BpmnParseResult result) => result.Diagnostics.Select(diagnostic => diagnostic.Code);

    public static IEnumerable<Diagnostic> Errors(this BpmnParseResult result) => result.Diagnostics.Where(diagnostic => diagnostic.IsError);

    /// <summary>The single diagnostic with <paramref name="code"/>; fails with the full list otherwise.</summary>
    public static Diagnostic Single(this BpmnParseResult result, string code)
    {
        var matches = result.Diagnostics.Where(diagnostic => diagnostic.Code == code).ToList();
        Assert.True(matches.Count == 1, $"Expected one {code}, got: {Describe(result)}");
        return matches[0];
    }

    public static void AssertNoErrors(this BpmnParseResult result) =>
        Assert.False(result.HasErrors, $"Expected no errors, got: {Describe(result)}");

    public static string Describe(BpmnParseResult result) =>
        result.Diagnostics.Count == 0
            ? "(none)"
            : string.Join("; ", result.Diagnostics.Select(d => $"{d.Code} {d.ElementId} {d.Line}:{d.Column} {d.Message}"));
}
