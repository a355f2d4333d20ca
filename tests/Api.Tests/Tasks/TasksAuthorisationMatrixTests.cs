using System.Net;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Grains.Identity;

namespace CaseFlow.Api.Tests.Tasks;

/// <summary>Every role × a task inside or outside its jurisdiction, reading and claiming: the expected status each time (issue 5).</summary>
public abstract class TasksAuthorisationMatrixTests<TNode>(TNode node) : IClassFixture<TNode>
    where TNode : NodeFixture
{
    private const string Inside = DemoUsers.MemberVillage;
    private const string Outside = "610921.02.001";

    public static TheoryData<string, string, HttpStatusCode, HttpStatusCode> Matrix() => new()
    {
        // role, where the task is, GET /api/tasks/{id}, POST claim
        { Roles.Caseworker, Inside, HttpStatusCode.OK, HttpStatusCode.OK },
        { Roles.Caseworker, Outside, HttpStatusCode.NotFound, HttpStatusCode.NotFound },
        { Roles.VillageMember, Inside, HttpStatusCode.OK, HttpStatusCode.Forbidden },
        { Roles.VillageMember, Outside, HttpStatusCode.NotFound, HttpStatusCode.NotFound },
        { Roles.Assessor, Inside, HttpStatusCode.NotFound, HttpStatusCode.NotFound },
        { Roles.Assessor, Outside, HttpStatusCode.NotFound, HttpStatusCode.NotFound },
        { Roles.PetitionOfficer, Inside, HttpStatusCode.NotFound, HttpStatusCode.NotFound },
        { Roles.PetitionOfficer, Outside, HttpStatusCode.NotFound, HttpStatusCode.NotFound },
        { Roles.Supervisor, Inside, HttpStatusCode.OK, HttpStatusCode.OK },
        { Roles.Supervisor, Outside, HttpStatusCode.OK, HttpStatusCode.OK },
        { Roles.Director, Inside, HttpStatusCode.OK, HttpStatusCode.OK },
        { Roles.Director, Outside, HttpStatusCode.OK, HttpStatusCode.OK },
        { Roles.Admin, Inside, HttpStatusCode.NotFound, HttpStatusCode.NotFound },
        { Roles.Admin, Outside, HttpStatusCode.NotFound, HttpStatusCode.NotFound },
    };

    [Theory(DisplayName = "Task read and claim by role and jurisdiction")]
    [MemberData(nameof(Matrix))]
    public async Task Read_and_claim(string role, string jurisdiction, HttpStatusCode read, HttpStatusCode claim)
    {
        var kit = new TaskApiKit(node.Factory);
        var (_, taskId) = await kit.StartAsync(jurisdiction);
        using var client = await node.Factory.CreateClientAsAsync(role);

        using var got = await client.GetAsync(TaskApiKit.Url("/api/tasks/" + taskId));
        using var claimed = await TaskApiKit.PostAsync(client, $"/api/tasks/{taskId}/claim", null, "\"0\"");

        Assert.Equal(read, got.StatusCode);
        Assert.Equal(claim, claimed.StatusCode);
    }
}
