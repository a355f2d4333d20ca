using System.Collections.Immutable;
using System.Text.Json;
using CaseFlow.Grains.Contracts.CaseFiles;
using CaseFlow.Grains.Contracts.Persons;
using CaseFlow.Grains.Instances;
using CaseFlow.Grains.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Grains.Tests.CaseFiles;

/// <summary>The <c>caseflow.*</c> case-file service tasks against a real cluster: variables in, one effect per key.</summary>
[Collection(ClusterCollection.Name)]
public sealed class CaseFileServiceTaskTests(ClusterFixture fixture)
{
    private IServiceTaskHandler Handler(string topic)
    {
        var services = new ServiceCollection().AddSingleton(fixture.Grains).AddCaseFlowCaseFileServiceTasks().BuildServiceProvider();
        return new ServiceTaskHandlers(services.GetServices<IServiceTaskHandler>()).Find(topic)!;
    }

    private static ServiceTaskContext Context(string topic, string personId, string key, object variables)
    {
        var json = JsonSerializer.SerializeToElement(variables, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        var map = json.EnumerateObject().ToImmutableSortedDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
        return new ServiceTaskContext("I1", "J1", "task", topic, 1, key, null, personId, null, map);
    }

    [Fact(DisplayName = "caseflow.record-visit records one visit per idempotency key, as the process instance")]
    public async Task Record_visit_once_per_key()
    {
        var personId = People.NewPersonId();
        var person = fixture.Grains.GetGrain<IPersonGrain>(personId);
        await person.RegisterAsync(People.Registration());
        var handler = Handler("caseflow.record-visit");
        var context = Context("caseflow.record-visit", personId, "I1:E1:1", new
        {
            kind = "Revisit", mode = "Home", outcome = "Reached", visitorTier = "Village", unrelatedVariable = 42,
            problems = new[] { new { category = "Care", description = "需要托养" } },
        });

        var first = await handler.HandleAsync(context, default);
        var retry = await handler.HandleAsync(context, default);

        Assert.True(first.IsCompleted);
        Assert.Equal(2, first.Variables!["caseFileVersion"].GetInt32());
        Assert.Equal(2, retry.Variables!["caseFileVersion"].GetInt32());
        var file = (await person.GetCaseFileAsync()).CaseFile!;
        Assert.Equal(("process:I1", 1), (Assert.Single(file.Visits).Visitor, file.OpenProblems));
    }

    [Fact(DisplayName = "A refused command becomes a BPMN error with the domain code; malformed variables a VARIABLES_INVALID error")]
    public async Task Refusals_are_bpmn_errors()
    {
        var personId = People.NewPersonId();
        await fixture.Grains.GetGrain<IPersonGrain>(personId).RegisterAsync(People.Registration());
        var handler = Handler("caseflow.issue-certificate");

        var refused = await handler.HandleAsync(Context("caseflow.issue-certificate", personId, "k1", new { category = "Physical", grade = 9, issuingBody = "县残联" }), default);
        var malformed = await handler.HandleAsync(Context("caseflow.issue-certificate", personId, "k2", new { grade = "two" }), default);
        var noPerson = await handler.HandleAsync(Context("caseflow.issue-certificate", string.Empty, "k3", new { grade = 2 }), default);

        Assert.Equal(CaseFileErrorCodes.OutOfRange, refused.ErrorCode);
        Assert.Equal("VARIABLES_INVALID", malformed.ErrorCode);
        Assert.Equal("PERSON_REQUIRED", noPerson.ErrorCode);
    }
}
