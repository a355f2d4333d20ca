using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Api.Tests.Tasks;
using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Grains.Identity;
using CaseFlow.Grains.Instances;
using CaseFlow.Silo.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Api.Tests.Privacy;

/// <summary>
/// Process variables that hold an ID number or a phone, however they got there, come back masked in the instance
/// view and in a task form's current values; the stored values are unchanged.
/// </summary>
public abstract class VariableMaskingTests<TNode>(TNode node) : IClassFixture<TNode>
    where TNode : NodeFixture
{
    [Fact(DisplayName = "ID numbers and phones in variables are masked in the instance view and the task form, nested or not")]
    public async Task Variables_are_masked_on_the_way_out()
    {
        var idNumber = SyntheticIdNumbers.Create(24_991);
        const string phone = "13712345679";
        var kit = new TaskApiKit(node.Factory);
        var key = await kit.KeyAsync();
        var instanceId = ProcessInstanceIds.New();
        var variables = JsonSerializer.Serialize(new { applicantId = idNumber, note = "联系电话" + phone, nested = new { ids = new[] { idNumber } }, visits = 3 });
        var grain = node.Factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IProcessInstanceGrain>(instanceId);
        var started = await grain.StartAsync(new StartProcessInstance(
            key, null, "MASK-" + instanceId[^6..], variables, null, null, "supervisor", Guid.NewGuid().ToString("N"), DemoUsers.MemberVillage));
        Assert.Null(started.Error);
        using var caseworker = await node.Factory.CreateClientAsAsync(Roles.Caseworker);
        var review = await TaskApiKit.ToReviewAsync(caseworker, started.Instance!.Tasks.Single().TaskId);

        var instance = await node.Client.GetFromJsonAsync<JsonElement>(TaskApiKit.Url($"/api/instances/{instanceId}"));
        var form = await caseworker.GetFromJsonAsync<JsonElement>(TaskApiKit.Url($"/api/tasks/{review}/form"));

        var shown = instance.GetProperty("variables");
        Assert.Equal(idNumber[..4] + "**********" + idNumber[^4..], shown.GetProperty("applicantId").GetString());
        Assert.Equal("联系电话137****5679", shown.GetProperty("note").GetString());
        Assert.Equal(shown.GetProperty("applicantId").GetString(), shown.GetProperty("nested").GetProperty("ids")[0].GetString());
        Assert.Equal(3, shown.GetProperty("visits").GetInt32());
        Assert.Equal("联系电话137****5679", form.GetProperty("values").GetProperty("note").GetString());
        Assert.DoesNotContain(idNumber, instance.GetRawText(), StringComparison.Ordinal);

        // Stored as given: only what leaves the node is masked.
        Assert.Contains(idNumber, (await grain.GetAsync()).Instance!.VariablesJson, StringComparison.Ordinal);
    }
}
