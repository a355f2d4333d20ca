using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Silo.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace CaseFlow.Api.Tests.Host;

/// <summary>The Orleans client gateway is closed unless configured, so grains are reached only through the checked API.</summary>
public sealed class GatewayTests(SqliteNodeFixture node) : IClassFixture<SqliteNodeFixture>
{
    [Fact]
    public async Task A_node_runs_with_no_client_gateway_by_default()
    {
        using var health = await node.Anonymous.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(0, node.Factory.Services.GetRequiredService<IOptions<EndpointOptions>>().Value.GatewayPort);
        Assert.Equal(System.Net.HttpStatusCode.OK, health.StatusCode);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(30000, true)]
    [InlineData(-1, false)]
    [InlineData(11111, false)]
    [InlineData(70000, false)]
    public void Gateway_port_is_zero_or_a_port_other_than_the_silo_port(int gatewayPort, bool valid)
    {
        var result = new NodeOptions.Validator().Validate(null, new NodeOptions { GatewayPort = gatewayPort });

        Assert.Equal(valid, result.Succeeded);
    }
}
