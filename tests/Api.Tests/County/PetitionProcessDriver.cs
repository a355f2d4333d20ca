using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Api.Tests.Tasks;
using CaseFlow.Grains.Identity;

namespace CaseFlow.Api.Tests.County;

/// <summary>Works one petition and its process through REST on a fake-time node, as the county's staff would.</summary>
public sealed class PetitionProcessDriver(FakeTimeNode node) : InstanceDriver(node)
{
    private static int _next = 61_000;

    public string PetitionId { get; private set; } = "";

    public override string InstanceId => "I" + PetitionId[1..];

    public string PersonId { get; private set; } = "";

    /// <summary>Registers a complaint about a new person of the demo town, received on <paramref name="receivedOn"/>, from a
    /// petitioner of its own unless <paramref name="petitionerPhone"/> names an earlier one (then it is a repeat).</summary>
    public async Task RegisterAsync(DateOnly receivedOn, string? petitionerPhone = null)
    {
        var supervisor = await Node.AsAsync(Roles.Supervisor);
        var n = Interlocked.Increment(ref _next);
        using var created = await supervisor.PostAsJsonAsync(TaskApiKit.Url("/api/persons"),
            TestPersons.Request(n, "信访流程", DemoUsers.CaseworkerTown, DemoUsers.MemberVillage));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        PersonId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var officer = await Node.AsAsync(Roles.PetitionOfficer);
        using var registered = await officer.PostAsJsonAsync(TaskApiKit.Url("/api/petitions"), new
        {
            petitionerName = "赵六", petitionerPhone = petitionerPhone ?? "139" + n.ToString("D8", CultureInfo.InvariantCulture), subjectPersonId = PersonId, channel = "Visit",
            itemType = "ComplaintOrRequest", matterCategory = "Subsidy", matter = "护理补贴停发", receivedOn = Text(receivedOn),
        });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        PetitionId = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>The petition as the tracker shows it to the petition officer.</summary>
    public async Task<JsonElement> PetitionAsync()
    {
        var officer = await Node.AsAsync(Roles.PetitionOfficer);
        using var response = await officer.GetAsync(TaskApiKit.Url("/api/petitions/" + PetitionId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> ClockAsync(string name) =>
        (await PetitionAsync()).GetProperty("clocks").EnumerateArray().Last(c => c.GetProperty("name").GetString() == name);

    public static async Task<DateOnly> DueOnAsync(PetitionProcessDriver driver, string clock) =>
        DateOnly.Parse((await driver.ClockAsync(clock)).GetProperty("dueOn").GetString()!, CultureInfo.InvariantCulture);
}
