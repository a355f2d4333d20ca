using System.Reflection;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Api.Tests.Notifications;
using CaseFlow.Api.Tests.Processes;
using CaseFlow.Silo.Seeding;

namespace CaseFlow.Api.Tests.GeneratedClient;

/// <summary>
/// A C# client generated with NSwag from the running node's <c>/openapi/v1.json</c> runs the main flows: sign in,
/// register a person (twice with one Idempotency-Key), read it back with its ETag and change it with If-Match, a stale
/// If-Match refused as ProblemDetails, deploy, publish and list a process, and work through the notification inbox; then a
/// caseworker's day on the task-review process: a saved filter with its count, the worklist with deadlines and warnings,
/// claim, the form, a completion refused per field, a return (退回) with a reason, a comment and an uploaded file, the
/// history, and a valid completion.
/// </summary>
public abstract class GeneratedClientTests<TNode>(TNode node) : IClassFixture<TNode>
    where TNode : NodeFixture
{
    [Fact(DisplayName = "A client generated from /openapi/v1.json compiles and runs the main flows")]
    public async Task Generated_client_runs_the_main_flows()
    {
        // A task already waiting in the caseworker's inbox when the flows sign in.
        await new WorkStarter(node).StartHomeVisitAsync();
        var document = await node.Anonymous.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        var client = await ClientCompiler.GenerateAsync(document);
        var flows = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "GeneratedClient", "Flows", "ClientFlows.cs"));

        var assembly = ClientCompiler.Compile(client, flows);

        using var http = node.Factory.CreateClient();
        var run = assembly.GetType(ClientCompiler.Namespace + ".ClientFlows")!.GetMethod("RunAsync", BindingFlags.Public | BindingFlags.Static)!;
        var processXml = ProcessFixtures.HomeVisit(out var processKey);
        var reviewXml = ProcessFixtures.WithFreshKeys("task-review.bpmn", out var reviewKeys, "task_review");
        var steps = await (Task<IReadOnlyList<string>>)run.Invoke(null, [
            http, DemoUsers.Password, SyntheticIdNumbers.Create(7001), processXml, processKey, reviewXml, reviewKeys[0], (Func<Task>)node.Factory.WaitForReadModelAsync])!;
        Assert.Equal(
            [
                "signed in", "registered", "read with etag", "updated with if-match", "stale if-match refused", "processes listed",
                "task claimed and completed", "notifications read",
                "filter saved and counted", "worklist shows deadlines", "claimed and listed as mine", "form read", "invalid form refused per field",
                "returned with a reason", "comment and attachment added", "history shows the return and the completion", "form completed",
            ],
            steps);
    }
}
