using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.Extensions.Primitives;

namespace Backpack.Catalog.Load.Baseline;

/// <summary>
/// The ceiling: answers captured from the API, served from memory. The ETag is derived from the bytes exactly as the
/// API derives its own, so one If-None-Match value revalidates against both.
/// </summary>
public sealed class StaticAnswers(FrozenDictionary<string, StaticAnswers.Answer> answers)
{
    public const string PathPrefix = "/ceiling/";

    public sealed record Answer(byte[] Body, string ETag);

    public static StaticAnswers Load(string folder) => new(Directory.GetFiles(folder, "*.json").ToFrozenDictionary(
        file => Path.GetFileNameWithoutExtension(file),
        file =>
        {
            var body = File.ReadAllBytes(file);
            var etag = $"\"{Convert.ToBase64String(SHA256.HashData(body), 0, 18).Replace('+', '-').Replace('/', '_')}\"";
            return new Answer(body, etag);
        },
        StringComparer.Ordinal));

    public async Task WriteAsync(HttpContext context, string name)
    {
        var response = context.Response;
        if (!answers.TryGetValue(name, out var answer))
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (HttpMethods.IsPost(context.Request.Method))
        {
            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
        }

        response.Headers.ETag = answer.ETag;
        if (context.Request.Headers.IfNoneMatch == new StringValues(answer.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = answer.Body.Length;
        await response.Body.WriteAsync(answer.Body, context.RequestAborted);
    }
}
