using System.Security.Cryptography;
using System.Text;
using CaseFlow.Api.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Api.Common.Idempotency;

/// <summary>
/// Honours the <c>Idempotency-Key</c> header on POST requests under <c>/api</c>: the first request with a key runs
/// and its response is stored; a repeat with the same body gets that response again, marked
/// <c>Idempotent-Replayed: true</c>, with no second effect; the same key with a different body is refused (422).
/// </summary>
/// <remarks>
/// <para>Keys are scoped to the caller and the route, so two users, or two endpoints, never share one.</para>
/// <para>A key is claimed before the request runs. While it runs, a concurrent repeat gets 409
/// <c>IDEMPOTENCY_IN_PROGRESS</c>. A server error releases the claim so the client can retry. A claim left
/// behind by a crash is treated as abandoned after <see cref="AbandonedAfter"/>; the retried command then meets
/// the grain's own checks (a second registration of one ID number is a 409, never a second person).</para>
/// </remarks>
public sealed class IdempotencyMiddleware(RequestDelegate next, IdempotencyStore store, TimeProvider time)
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";

    private static readonly TimeSpan Retention = TimeSpan.FromHours(24);
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(2);
    private const int MaxKeyLength = 255;
    private const int MaxStoredBody = 1024 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!HttpMethods.IsPost(context.Request.Method)
            || !context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            || context.Request.Path.StartsWithSegments("/api/auth", StringComparison.OrdinalIgnoreCase)
            || !context.Request.Headers.TryGetValue(HeaderName, out var values))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var key = values.ToString();
        if (key.Length is 0 or > MaxKeyLength || key.Any(c => c is < '!' or > '~'))
        {
            await WriteProblemAsync(context, StatusCodes.Status400BadRequest, ApiErrorCodes.BadRequest,
                $"The {HeaderName} header must be 1 to {MaxKeyLength} visible ASCII characters.").ConfigureAwait(false);
            return;
        }

        var keyHash = Hash(Encoding.UTF8.GetBytes($"{context.User.FindFirst(AuthClaims.Subject)?.Value}\n{context.Request.Path}\n{key}"));
        var requestHash = Hash(await ReadBodyAsync(context.Request).ConfigureAwait(false));
        var now = time.GetUtcNow();

        if (!await store.TryClaimAsync(keyHash, requestHash, now, context.RequestAborted).ConfigureAwait(false))
        {
            await store.ReleaseAsync(keyHash, now - AbandonedAfter, context.RequestAborted).ConfigureAwait(false);
            if (!await store.TryClaimAsync(keyHash, requestHash, now, context.RequestAborted).ConfigureAwait(false))
            {
                await AnswerRepeatAsync(context, keyHash, requestHash).ConfigureAwait(false);
                return;
            }
        }

        await store.PurgeAsync(now - Retention, context.RequestAborted).ConfigureAwait(false);
        await RunAndRecordAsync(context, keyHash).ConfigureAwait(false);
    }

    private async Task RunAndRecordAsync(HttpContext context, string keyHash)
    {
        var original = context.Response.Body;
        await using var capture = new MemoryStream();
        context.Response.Body = capture;
        var stored = false;
        try
        {
            await next(context).ConfigureAwait(false);
            var response = context.Response;
            // A no-store answer (an unmasked reveal) must not be kept in the database to be replayed.
            if (response.StatusCode < 500 && capture.Length <= MaxStoredBody
                && !response.Headers.CacheControl.ToString().Contains("no-store", StringComparison.OrdinalIgnoreCase))
            {
                await store.CompleteAsync(keyHash, response.StatusCode, response.ContentType, response.Headers.Location.ToString() is { Length: > 0 } l ? l : null,
                    response.Headers.ETag.ToString() is { Length: > 0 } e ? e : null, capture.ToArray(), CancellationToken.None).ConfigureAwait(false);
                stored = true;
            }
        }
        finally
        {
            if (!stored)
            {
                // Nothing worth replaying: free the key so the client's retry runs the request again.
                await store.ReleaseAsync(keyHash, DateTimeOffset.MaxValue, CancellationToken.None).ConfigureAwait(false);
            }

            context.Response.Body = original;
            capture.Position = 0;
            await capture.CopyToAsync(original, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task AnswerRepeatAsync(HttpContext context, string keyHash, string requestHash)
    {
        var record = await store.FindAsync(keyHash, context.RequestAborted).ConfigureAwait(false);
        if (record is null || !record.Done)
        {
            await WriteProblemAsync(context, StatusCodes.Status409Conflict, ApiErrorCodes.IdempotencyInProgress,
                "A request with this Idempotency-Key is still being processed; retry shortly.").ConfigureAwait(false);
            return;
        }

        if (!string.Equals(record.RequestHash, requestHash, StringComparison.Ordinal))
        {
            await WriteProblemAsync(context, StatusCodes.Status422UnprocessableEntity, ApiErrorCodes.IdempotencyKeyReused,
                "This Idempotency-Key was already used with a different request body.").ConfigureAwait(false);
            return;
        }

        var response = context.Response;
        response.StatusCode = record.Status ?? StatusCodes.Status200OK;
        response.ContentType = record.ContentType;
        if (record.Location is not null)
        {
            response.Headers.Location = record.Location;
        }

        if (record.ETag is not null)
        {
            response.Headers.ETag = record.ETag;
        }

        response.Headers[ReplayedHeader] = "true";
        await response.Body.WriteAsync(record.Body ?? [], context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted).ConfigureAwait(false);
        request.Body.Position = 0;
        return buffer.ToArray();
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static Task WriteProblemAsync(HttpContext context, int status, string code, string detail)
    {
        var problem = new ProblemDetails { Status = status, Title = "Idempotency-Key refused", Detail = detail };
        problem.Extensions["code"] = code;
        problem.Extensions["field"] = HeaderName;
        context.Response.StatusCode = status;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }).AsTask();
    }
}
