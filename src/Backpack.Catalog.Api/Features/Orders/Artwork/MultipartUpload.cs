using System.Buffers;
using System.Security.Cryptography;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Backpack.Catalog.Api.Features.Orders.Artwork;

/// <summary>A file received in a multipart upload, staged on local disk until it is kept; disposing deletes the staged copy.</summary>
public sealed class UploadedFile(string stagedPath, string sha256, long bytes, string? fileName, FileFormat? format) : IDisposable
{
    public string Sha256 { get; } = sha256;
    public long Bytes { get; } = bytes;
    public string? FileName { get; } = fileName;

    /// <summary>The type its content shows, or null when it is none this API knows.</summary>
    public FileFormat? Format { get; } = format;

    public Stream OpenRead() => new FileStream(stagedPath, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);

    public void Dispose() => File.Delete(stagedPath);
}

/// <summary>An upload as read: the file and its text parts (trimmed; blank ones left out), or the problem that answers it.</summary>
public sealed record UploadOutcome(UploadedFile? File, IReadOnlyDictionary<string, string> Texts, IResult? Problem)
{
    public string? Note => Texts.GetValueOrDefault(MultipartUpload.NotePart);
}

/// <summary>
/// Reads a multipart/form-data body holding one part named <c>file</c> (and, where allowed, text parts such as <c>note</c>), streaming the
/// file to disk while hashing it, so that a 20 MiB upload never sits in memory. Anything else in the body is a 400, as an unknown JSON
/// member is.
/// </summary>
public static class MultipartUpload
{
    public const string FilePart = "file";
    public const string NotePart = "note";

    /// <summary>Room for the part headers and boundaries around the file.</summary>
    private const long EnvelopeBytes = 64 * 1024;

    public static Task<UploadOutcome> ReadAsync(HttpRequest request, long maxBytes, int? maxNoteLength, CancellationToken cancellationToken) =>
        ReadWithTextsAsync(request, maxBytes, maxNoteLength is { } most ? new Dictionary<string, int> { [NotePart] = most } : new Dictionary<string, int>(),
            cancellationToken);

    /// <param name="textParts">The text parts the body may also hold, each at most once, with their longest length.</param>
    public static async Task<UploadOutcome> ReadWithTextsAsync(
        HttpRequest request, long maxBytes, IReadOnlyDictionary<string, int> textParts, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 and <= 70 } boundary)
        {
            return Refused(ArtworkProblems.NotMultipart(request.ContentType));
        }

        if (request.ContentLength > maxBytes + EnvelopeBytes)
        {
            return Refused(ArtworkProblems.TooLarge(maxBytes));
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes + EnvelopeBytes;
        }

        UploadedFile? file = null;
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = maxBytes + EnvelopeBytes };
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                var disposition = section.GetContentDispositionHeader();
                var name = disposition?.Name.Value is { } quoted ? HeaderUtilities.RemoveQuotes(quoted).Value : null;
                if (disposition is null || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase) || string.IsNullOrEmpty(name))
                {
                    return Refused(ArtworkProblems.Part("(unnamed)", "Every part needs Content-Disposition: form-data with a name."), file);
                }

                if (name == FilePart && file is null)
                {
                    var fileName = NameOf(disposition);
                    file = await StageAsync(section.Body, maxBytes, fileName, cancellationToken);
                    if (file is null)
                    {
                        return Refused(ArtworkProblems.TooLarge(maxBytes));
                    }
                }
                else if (textParts.TryGetValue(name, out var longest) && !texts.ContainsKey(name))
                {
                    var text = await ReadTextAsync(section.Body, longest, cancellationToken);
                    if (text is null)
                    {
                        return Refused(ArtworkProblems.Part(name, $"{name} must be at most {longest} characters."), file);
                    }

                    texts[name] = text;
                }
                else
                {
                    return Refused(ArtworkProblems.Part(name, $"The body holds one part named {FilePart}" +
                        (textParts.Count == 0 ? "" : $" and at most one of each of {string.Join(", ", textParts.Keys)}") + $"; {name} is not one of them."), file);
                }
            }
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or BadHttpRequestException)
        {
            file?.Dispose();
            return exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
                ? Refused(ArtworkProblems.TooLarge(maxBytes))
                : Refused(ArtworkProblems.MalformedMultipart());
        }

        if (file is null)
        {
            return Refused(ArtworkProblems.Part(FilePart, $"{FilePart} is required: send the file as a multipart/form-data part named {FilePart}."));
        }

        if (file.Bytes == 0)
        {
            return Refused(ArtworkProblems.Part(FilePart, "The file is empty."), file);
        }

        return new UploadOutcome(file, texts.Where(t => !string.IsNullOrWhiteSpace(t.Value)).ToDictionary(t => t.Key, t => t.Value.Trim(), StringComparer.Ordinal), null);
    }

    /// <summary>A text part, or null when it is longer than <paramref name="longest"/> characters; never reads more than that allows.</summary>
    private static async Task<string?> ReadTextAsync(Stream body, int longest, CancellationToken cancellationToken)
    {
        var buffer = new char[longest + 1];
        using var reader = new StreamReader(body);
        var read = 0;
        while (read < buffer.Length && await reader.ReadAsync(buffer.AsMemory(read), cancellationToken) is var count and > 0)
        {
            read += count;
        }

        return read > longest ? null : new string(buffer, 0, read);
    }

    /// <summary>
    /// The file's own name (filename* when sent, for names beyond ASCII), without any folder or control character and cut to the length
    /// stored; null when none.
    /// </summary>
    private static string? NameOf(ContentDispositionHeaderValue disposition)
    {
        var raw = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value
            : disposition.FileName.HasValue ? HeaderUtilities.RemoveQuotes(disposition.FileName).Value
            : null;
        var name = raw is null ? null : new string(Path.GetFileName(raw.Replace('\\', '/')).Where(c => !char.IsControl(c)).ToArray()).Trim();
        return string.IsNullOrEmpty(name) ? null : name[..Math.Min(name.Length, ArtworkLimits.MaxFileNameLength)];
    }

    private static UploadOutcome Refused(IResult problem, UploadedFile? staged = null)
    {
        staged?.Dispose();
        return new UploadOutcome(null, new Dictionary<string, string>(), problem);
    }

    /// <returns>The staged file, or null (and nothing left on disk) once more than <paramref name="maxBytes"/> have come.</returns>
    private static async Task<UploadedFile?> StageAsync(Stream body, long maxBytes, string? fileName, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "backpack-uploads")).FullName, Guid.NewGuid().ToString("N"));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var head = new byte[FileFormats.SniffLength];
        var headLength = 0;
        long total = 0;
        var chunk = ArrayPool<byte>.Shared.Rent(81_920);
        try
        {
            await using (var staged = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            {
                int read;
                while ((read = await body.ReadAsync(chunk.AsMemory(), cancellationToken)) > 0)
                {
                    total += read;
                    if (total > maxBytes)
                    {
                        File.Delete(path);
                        return null;
                    }

                    var toHead = Math.Min(read, head.Length - headLength);
                    chunk.AsSpan(0, toHead).CopyTo(head.AsSpan(headLength));
                    headLength += toHead;
                    hash.AppendData(chunk, 0, read);
                    await staged.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
                }
            }

            var sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            return new UploadedFile(path, sha256, total, fileName, FileFormats.Detect(head.AsSpan(0, headLength), fileName));
        }
        catch
        {
            File.Delete(path);
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }
}
