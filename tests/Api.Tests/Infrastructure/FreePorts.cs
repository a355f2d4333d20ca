using System.Net;
using System.Net.Sockets;

namespace CaseFlow.Api.Tests.Infrastructure;

/// <summary>Finds unused loopback ports so several test nodes can run in one process without clashing.</summary>
public static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
