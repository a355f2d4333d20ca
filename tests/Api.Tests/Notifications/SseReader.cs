using System.Text;

namespace CaseFlow.Api.Tests.Notifications;

/// <summary>Reads a Server-Sent Events body block by block (a block ends at an empty line), as a browser's EventSource does.</summary>
public sealed class SseReader(Stream body) : IDisposable
{
    private readonly StreamReader _reader = new(body, Encoding.UTF8);

    /// <summary>The next block's lines, or a failed assertion when none arrives in time.</summary>
    public async Task<IReadOnlyList<string>> NextBlockAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        var lines = new List<string>();
        try
        {
            while (true)
            {
                var line = await _reader.ReadLineAsync(cts.Token) ?? throw new EndOfStreamException("the stream ended");
                if (line.Length == 0 && lines.Count > 0)
                {
                    return lines;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"no event arrived within {timeout}");
            throw;
        }
    }

    /// <summary>Skips heartbeats and hints until a block with an <c>event:</c> line arrives.</summary>
    public async Task<(long Id, string Event, string Data)> NextEventAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var block = await NextBlockAsync(deadline - DateTime.UtcNow);
            if (block.FirstOrDefault(l => l.StartsWith("event: ", StringComparison.Ordinal)) is { } name)
            {
                return (long.Parse(Field(block, "id"), System.Globalization.CultureInfo.InvariantCulture), name["event: ".Length..], Field(block, "data"));
            }
        }
    }

    public void Dispose() => _reader.Dispose();

    private static string Field(IReadOnlyList<string> block, string name) =>
        block.Single(l => l.StartsWith(name + ": ", StringComparison.Ordinal))[(name.Length + 2)..];
}
