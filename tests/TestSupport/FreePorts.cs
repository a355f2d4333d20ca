using System.Net;
using System.Net.Sockets;

namespace CaseFlow.TestSupport;

/// <summary>Unused loopback ports, so several test nodes can run on one machine without clashing.</summary>
/// <remarks>Ports come from below the kernel's ephemeral range (32768 and up on Linux). A port the OS hands out for
/// "any free port" can be handed out again a moment later as the local end of an outgoing connection (a database
/// connection, an HTTP call), so a node started on it fails to bind. Each test process walks its own stretch of the
/// range, starting from its process id, and skips ports something already listens on.</remarks>
public static class FreePorts
{
    private const int First = 20000;
    private const int Count = 12000;
    private static int _next = Environment.ProcessId * 97 % Count;

    /// <summary>A loopback port nothing listens on now, outside the range outgoing connections draw from.</summary>
    public static int Next()
    {
        for (var attempt = 0; attempt < Count; attempt++)
        {
            var port = First + (Interlocked.Increment(ref _next) % Count);
            if (IsFree(port))
            {
                return port;
            }
        }

        throw new InvalidOperationException($"No free loopback port between {First} and {First + Count - 1}.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
