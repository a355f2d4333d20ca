using System.Net;
using CaseFlow.Grains.Storage;
using CaseFlow.Silo.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace Microsoft.Extensions.Hosting;

/// <summary>Wires the co-hosted Orleans silo to the configured storage and clustering.</summary>
internal static class OrleansHostingExtensions
{
    public static IHostApplicationBuilder AddCaseFlowOrleans(this IHostApplicationBuilder builder, CaseFlowDatabase database, NodeOptions node)
    {
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = node.ClusterId;
                o.ServiceId = node.ServiceId;
            });

            // Stored state is System.Text.Json from the first row: the default serializer writes CLR type names into
            // the database and cannot read rows written by another serializer.
            silo.UseSystemTextJsonGrainStorageSerializer();

            if (database.DataSource is NpgsqlDataSource postgres)
            {
                silo.ConfigureEndpoints(IPAddress.Parse(node.AdvertisedAddress), node.SiloPort, node.GatewayPort, listenOnAnyHostAddress: false);
                silo.UseCaseFlowPostgres(postgres);
            }
            else
            {
                silo.UseLocalhostClustering(node.SiloPort, node.GatewayPort, null, node.ServiceId, node.ClusterId);
                silo.UseCaseFlowSqlite();
            }

            if (node.Dashboard)
            {
                silo.AddDashboard();
            }
        });
        return builder;
    }
}
