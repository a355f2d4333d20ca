using CaseFlow.Api.Common;
using CaseFlow.Grains.Processes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace CaseFlow.Api.Processes;

/// <summary>Reads a BPMN file from a request: the raw XML body, or the <c>file</c> part of a multipart form.</summary>
/// <remarks>
/// <para>
/// The host caps request bodies at <c>Http:MaxRequestBodyBytes</c> (1 MiB by default), below the parser's 4 MiB file
/// limit (R86). These endpoints raise the cap for their own request to the parser's limit plus room for multipart
/// framing, so the parser's limit is the one that applies. A body beyond the raised cap is refused by the server
/// as 413 <c>PAYLOAD_TOO_LARGE</c>; a file beyond the parser's limit is answered the same way, with BPMN002.
/// </para>
/// <para>
/// The multipart body is read section by section rather than through the form feature, whose length limit is the
/// host-wide one, and reading stops one byte past the limit, so an oversized upload never sits in memory whole.
/// </para>
/// </remarks>
public static class ProcessFileReader
{
    /// <summary>Room for multipart boundaries and part headers on top of the file itself.</summary>
    public const int MultipartAllowance = 64 * 1024;

    /// <summary>The most bytes of a file; the parser's limit.</summary>
    public static int MaxFileBytes => ProcessParsing.Options.MaxFileBytes;

    /// <summary>The body size these endpoints accept.</summary>
    public static long MaxRequestBytes => (long)MaxFileBytes + MultipartAllowance;

    public static async Task<ProcessUpload> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        RaiseBodyLimit(request.HttpContext);
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType))
        {
            return Refuse(ApiErrorCodes.UnsupportedMediaType, "Send the BPMN file as application/xml, text/xml or multipart/form-data with a 'file' part.");
        }

        if (IsXml(mediaType))
        {
            return await ReadBoundedAsync(request.Body, cancellationToken).ConfigureAwait(false);
        }

        if (mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return await ReadFilePartAsync(request, mediaType, cancellationToken).ConfigureAwait(false);
        }

        return Refuse(ApiErrorCodes.UnsupportedMediaType, "Send the BPMN file as application/xml, text/xml or multipart/form-data with a 'file' part.");
    }

    private static bool IsXml(MediaTypeHeaderValue mediaType) =>
        mediaType.MediaType.Equals("application/xml", StringComparison.OrdinalIgnoreCase)
        || mediaType.MediaType.Equals("text/xml", StringComparison.OrdinalIgnoreCase);

    // Only possible before the body is read; endpoints here bind no body parameter, so nothing has read it yet.
    private static void RaiseBodyLimit(HttpContext http)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit
            && (limit.MaxRequestBodySize is null || limit.MaxRequestBodySize < MaxRequestBytes))
        {
            limit.MaxRequestBodySize = MaxRequestBytes;
        }
    }

    private static async Task<ProcessUpload> ReadFilePartAsync(HttpRequest request, MediaTypeHeaderValue mediaType, CancellationToken cancellationToken)
    {
        var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
        if (string.IsNullOrWhiteSpace(boundary))
        {
            return Refuse(ApiErrorCodes.BadRequest, "The multipart body has no boundary.");
        }

        var reader = new MultipartReader(boundary, request.Body);
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false) is { } section)
            {
                if (section.GetContentDispositionHeader() is { } disposition
                    // A file part carries a filename, which IsFormDisposition() rejects; either form is accepted.
                    && disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase)
                    && HeaderUtilities.RemoveQuotes(disposition.Name).Equals("file", StringComparison.Ordinal))
                {
                    return await ReadBoundedAsync(section.Body, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (InvalidDataException)
        {
            return Refuse(ApiErrorCodes.BadRequest, "The multipart body is malformed.");
        }

        return Refuse(ApiErrorCodes.BadRequest, "The multipart body has no part named 'file'.", "file");
    }

    private static async Task<ProcessUpload> ReadBoundedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxFileBytes)
            {
                return new ProcessUpload(null, true, null);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.Length == 0
            ? Refuse(ApiErrorCodes.BadRequest, "The BPMN file is empty.", "file")
            : new ProcessUpload(buffer.ToArray(), false, null);
    }

    private static ProcessUpload Refuse(string code, string detail, string? field = null) =>
        new(null, false, ApiProblems.Of(code, detail, field));
}
