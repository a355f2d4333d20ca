using CaseFlow.Api.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace CaseFlow.Api.Tasks;

/// <summary>Reads the <c>file</c> part of a multipart upload, stopping one byte past <see cref="MaxFileBytes"/>.</summary>
/// <remarks>
/// The endpoint raises the host's body cap for its own request to the file limit plus multipart framing, and reads
/// section by section, so an oversized file is refused (413) without ever sitting in memory whole.
/// </remarks>
public static class AttachmentReader
{
    /// <summary>The largest attachment accepted: scans and photos of papers, not videos.</summary>
    public const int MaxFileBytes = 4 * 1024 * 1024;

    private const int MultipartAllowance = 64 * 1024;

    public static async Task<AttachmentUpload> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit
            && (limit.MaxRequestBodySize is null || limit.MaxRequestBodySize < MaxFileBytes + MultipartAllowance))
        {
            limit.MaxRequestBodySize = MaxFileBytes + MultipartAllowance;
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return Refuse(ApiErrorCodes.UnsupportedMediaType, "Send the file as multipart/form-data with a part named 'file'.");
        }

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
                    && disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase)
                    && HeaderUtilities.RemoveQuotes(disposition.Name).Equals("file", StringComparison.Ordinal))
                {
                    var name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                    var bytes = await ReadBoundedAsync(section.Body, cancellationToken).ConfigureAwait(false);
                    return bytes is null
                        ? Refuse(TaskErrorCodes.AttachmentTooLarge, $"An attachment has at most {MaxFileBytes} bytes.")
                        : new AttachmentUpload(bytes, name, section.ContentType, null, null);
                }
            }
        }
        catch (InvalidDataException)
        {
            return Refuse(ApiErrorCodes.BadRequest, "The multipart body is malformed.");
        }

        return Refuse(ApiErrorCodes.BadRequest, "The multipart body has no part named 'file'.");
    }

    private static async Task<byte[]?> ReadBoundedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxFileBytes)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    private static AttachmentUpload Refuse(string code, string detail) => new(null, null, null, code, detail);
}
