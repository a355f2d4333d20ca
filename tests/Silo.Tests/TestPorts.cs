using System.Net;
using System.Net.Sockets;

namespace CaseFlow.Silo.Tests;

/// <summary>Unused loopback ports for test nodes.</summary>
public static class TestPorts
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
