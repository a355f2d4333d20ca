using System.Text;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Grains.Identity;

namespace CaseFlow.Api.Tests.Auth;

/// <summary>
/// The petition tracker's list and statistics × every role give the status the documented rules in
/// <c>PetitionAccess</c> promise: county petition roles and town caseworkers read, everyone else gets 403.
/// </summary>
public abstract class PetitionsAuthorisationMatrixTests<TNode>(TNode node) : IClassFixture<TNode>
    where TNode : NodeFixture
{
    // role → list, stats
    private static readonly Dictionary<string, int[]> Expected = new(StringComparer.Ordinal)
    {
        [Roles.Caseworker] = [200, 200],
        [Roles.VillageMember] = [403, 403],
        [Roles.Assessor] = [403, 403],
        [Roles.PetitionOfficer] = [200, 200],
        [Roles.Supervisor] = [200, 200],
        [Roles.Director] = [200, 200],
        [Roles.Admin] = [403, 403],
    };

    [Fact]
    public async Task Petition_list_and_stats_give_the_expected_status_for_every_role()
    {
        var expected = new StringBuilder();
        var actual = new StringBuilder();
        foreach (var role in Roles.All)
        {
            using var client = await node.Factory.CreateClientAsAsync(role);
            using var list = await client.GetAsync(new Uri("/api/petitions", UriKind.Relative));
            using var stats = await client.GetAsync(new Uri("/api/petitions/stats", UriKind.Relative));
            expected.AppendLine(role + ": " + string.Join(' ', Expected[role]));
            actual.AppendLine(role + ": " + (int)list.StatusCode + " " + (int)stats.StatusCode);
        }

        Assert.Equal(expected.ToString(), actual.ToString());
    }
}
