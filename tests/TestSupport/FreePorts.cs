using System.Net;
using System.Net.Sockets;

namespace CaseFlow.TestSupport;

/// <summary>Unused loopback ports, so several test nodes can run on one machine without clashing.</summary>
public static class FreePorts
{
    /// <summary>A port the OS reports free now; good enough for a node started right after.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
