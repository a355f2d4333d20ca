using System.Net;
using System.Net.Sockets;

namespace CaseFlow.Storage.Tests.Infrastructure;

internal static class FreePorts
{
    /// <summary>A loopback port the OS reports free now; good enough for a test silo started right after.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
