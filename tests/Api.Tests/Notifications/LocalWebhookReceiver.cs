using System.Collections.Concurrent;
using System.Net;
using System.Threading.Channels;
using CaseFlow.TestSupport;

namespace CaseFlow.Api.Tests.Notifications;

/// <summary>A real HTTP endpoint on a loopback port that records what it receives and answers with scripted statuses.</summary>
public sealed class LocalWebhookReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Channel<ReceivedWebhook> _received = Channel.CreateUnbounded<ReceivedWebhook>();
    private readonly ConcurrentQueue<HttpStatusCode> _script = new();
    private readonly Task _loop;

    public LocalWebhookReceiver(params HttpStatusCode[] script)
    {
        foreach (var status in script)
        {
            _script.Enqueue(status);
        }

        Url = $"http://127.0.0.1:{FreePorts.Next()}/hook/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public string Url { get; }

    /// <summary>Every request received so far, oldest first.</summary>
    public ConcurrentQueue<ReceivedWebhook> All { get; } = new();

    /// <summary>The next request, or a failed assertion after <paramref name="timeout"/>.</summary>
    public async Task<ReceivedWebhook> NextAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            return await _received.Reader.ReadAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"no webhook arrived within {timeout}");
            throw;
        }
    }

    public void Dispose()
    {
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            var headers = context.Request.Headers.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => context.Request.Headers[k]!, StringComparer.OrdinalIgnoreCase);
            var received = new ReceivedWebhook(context.Request.HttpMethod, headers, body.ToArray());
            All.Enqueue(received);
            await _received.Writer.WriteAsync(received);
            context.Response.StatusCode = (int)(_script.TryDequeue(out var status) ? status : HttpStatusCode.OK);
            context.Response.Close();
        }
    }
}

/// <summary>One request a <see cref="LocalWebhookReceiver"/> received.</summary>
public sealed record ReceivedWebhook(string Method, IReadOnlyDictionary<string, string> Headers, byte[] Body);
