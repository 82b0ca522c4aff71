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

/// <summary>An upload as read: the file and an optional note, or the problem that answers it.</summary>
public sealed record UploadOutcome(UploadedFile? File, string? Note, IResult? Problem);

/// <summary>
/// Reads a multipart/form-data body holding one part named <c>file</c> (and, where allowed, a text part named <c>note</c>), streaming the
/// file to disk while hashing it, so that a 20 MiB upload never sits in memory. Anything else in the body is a 400, as an unknown JSON
/// member is.
/// </summary>
public static class MultipartUpload
{
    public const string FilePart = "file";
    public const string NotePart = "note";

    /// <summary>Room for the part headers and boundaries around the file.</summary>
    private const long EnvelopeBytes = 64 * 1024;

    public static async Task<UploadOutcome> ReadAsync(HttpRequest request, long maxBytes, int? maxNoteLength, CancellationToken cancellationToken)
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
        string? note = null;
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
                else if (name == NotePart && maxNoteLength is { } maxNote && note is null)
                {
                    note = await new StreamReader(section.Body).ReadToEndAsync(cancellationToken);
                    if (note.Length > maxNote)
                    {
                        return Refused(ArtworkProblems.Part(NotePart, $"note must be at most {maxNote} characters."), file);
                    }
                }
                else
                {
                    return Refused(ArtworkProblems.Part(name, $"The body holds one part named {FilePart}" +
                        (maxNoteLength is null ? "" : $" and at most one named {NotePart}") + $"; {name} is not one of them."), file);
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

        return new UploadOutcome(file, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), null);
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
        return new UploadOutcome(null, null, problem);
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
