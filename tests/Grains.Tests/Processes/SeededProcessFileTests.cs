using System.Xml.Linq;
using CaseFlow.Grains.Processes;
using CaseFlow.Workflows.Diagnostics;
using CaseFlow.Workflows.Parsing;

namespace CaseFlow.Grains.Tests.Processes;

/// <summary>
/// Every file in <c>seeds/processes/</c> is deployed on a node's first start, so each must pass this installation's
/// parser with no error or warning and carry a diagram element for every flow element (so the studio draws it).
/// </summary>
public sealed class SeededProcessFileTests
{
    private static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static readonly XNamespace BpmnDi = "http://www.omg.org/spec/BPMN/20100524/DI";

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "seeds", "processes");

    public static TheoryData<string> Files() => new(FileNames());

    private static IEnumerable<string> FileNames() =>
        Directory.GetFiles(Folder, "*.bpmn").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    [Fact(DisplayName = "The home-visit certification process is among the shipped files")]
    public void Home_visit_certification_is_shipped() =>
        Assert.Contains("home-visit-certification.bpmn", FileNames());

    [Theory(DisplayName = "A shipped process file parses with no error or warning")]
    [MemberData(nameof(Files))]
    public void Parses_cleanly(string file)
    {
        var result = BpmnParser.Parse(File.ReadAllBytes(Path.Combine(Folder, file)), ProcessParsing.Options);

        var findings = result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).Select(d => d.Code + " " + d.Message);
        Assert.Empty(findings);
        Assert.Single(result.Processes);
    }

    [Theory(DisplayName = "A shipped process file draws every flow element it declares")]
    [MemberData(nameof(Files))]
    public void Every_element_is_drawn(string file)
    {
        var document = XDocument.Load(Path.Combine(Folder, file));
        var process = Assert.Single(document.Root!.Elements(Bpmn + "process"));
        var declared = process.Descendants()
            .Where(e => e.Name.Namespace == Bpmn && e.Attribute("id") is not null && e.Parent?.Name.LocalName is "process" or "subProcess")
            .Select(e => (string)e.Attribute("id")!)
            .ToHashSet(StringComparer.Ordinal);
        var drawn = document.Descendants()
            .Where(e => e.Name == BpmnDi + "BPMNShape" || e.Name == BpmnDi + "BPMNEdge")
            .Select(e => (string)e.Attribute("bpmnElement")!)
            .ToHashSet(StringComparer.Ordinal);

        Assert.Empty(declared.Except(drawn).Order(StringComparer.Ordinal));
    }
}
