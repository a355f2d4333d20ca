using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Api.Tests.Tasks;
using CaseFlow.Grains.Identity;

namespace CaseFlow.Api.Tests.County;

/// <summary>Starts one shipped process for a new person of the demo village through REST and reads that person's case file.</summary>
public sealed class CaseProcessDriver(FakeTimeNode node) : InstanceDriver(node)
{
    private static int _next = 63_000;
    private string _instanceId = "";

    public override string InstanceId => _instanceId;

    public string PersonId { get; private set; } = "";

    /// <summary>Registers a person of the demo village and starts <paramref name="processKey"/> for them as a caseworker.</summary>
    public async Task StartAsync(string processKey, string name)
    {
        var supervisor = await Node.AsAsync(Roles.Supervisor);
        using var created = await supervisor.PostAsJsonAsync(TaskApiKit.Url("/api/persons"),
            TestPersons.Request(Interlocked.Increment(ref _next), name, DemoUsers.CaseworkerTown, DemoUsers.MemberVillage));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        PersonId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var caseworker = await Node.AsAsync(Roles.Caseworker);
        using var started = await caseworker.PostAsJsonAsync(TaskApiKit.Url("/api/instances"), new { processKey, personId = PersonId });
        Assert.True(started.StatusCode == HttpStatusCode.Created, await started.Content.ReadAsStringAsync());
        _instanceId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceId").GetString()!;
    }

    /// <summary>The person's case file as the caseworker of the town reads it.</summary>
    public async Task<JsonElement> CaseFileAsync()
    {
        var caseworker = await Node.AsAsync(Roles.Caseworker);
        return await caseworker.GetFromJsonAsync<JsonElement>(TaskApiKit.Url($"/api/persons/{PersonId}/case-file"));
    }
}
