using System.Net;
using System.Net.Sockets;
using CaseFlow.Api.Tests.Privacy;

namespace CaseFlow.Api.Tests.Infrastructure;

// It quotes the failed node's log, which a node started in parallel could take over (see LogReadingCollection).
[Collection(LogReadingCollection.Name)]
public sealed class FailedStartTests
{
    [Fact(DisplayName = "A test node that cannot start says so with its log, instead of letting clients call port 80")]
    public async Task FailedStartIsReported()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var factory = CaseFlowApiFactory.Sqlite(new Dictionary<string, string?> { ["Cluster:SiloPort"] = port });

        var failure = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        Assert.Contains("did not start", failure.Message, StringComparison.Ordinal);
        Assert.Contains("failed to start", failure.Message, StringComparison.Ordinal);
    }
}
