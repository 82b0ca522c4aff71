using System.Text.Json;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Backpack.Catalog.Api.Infrastructure.Endpoints;

/// <summary>A body that is empty or JSON null where the operation needs one: a malformed request, said in plain words.</summary>
public sealed class MissingBodyException(string message) : JsonException(message);

/// <summary>
/// Reads JSON request bodies for FastEndpoints. An operation whose body is optional (cancelling an order) binds nothing from an
/// empty one; everywhere else an empty or null body is refused before the validator sees a half-made request.
/// </summary>
public static class RequestBodies
{
    /// <summary>
    /// A request without Content-Type to an operation that takes a body: FastEndpoints would answer an empty 415. An optional body
    /// may be left out (the request binds none); a required one is a 415 problem.
    /// </summary>
    public static WebApplication UseRequestBodyRules(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var request = context.Request;
            if (request.ContentType is not null || context.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>() is not { } accepts)
            {
                return next(context);
            }

            if (accepts.IsOptional && request.ContentLength is null or 0 && request.Headers.TransferEncoding.Count == 0)
            {
                request.ContentType = "application/json";
                request.ContentLength = 0;
                return next(context);
            }

            return ProblemWriter.WriteAsync(context, new ProblemDetails
            {
                Status = StatusCodes.Status415UnsupportedMediaType,
                Type = ProblemTypes.UnsupportedMediaType,
                Title = BindingProblems.NotJsonTitle,
                Detail = "The request has no Content-Type. Send the body as application/json.",
            });
        });
        return app;
    }

    public static async ValueTask<object?> ReadAsync(HttpRequest request, Type type, JsonSerializerOptions options)
    {
        if (request.ContentLength == 0)
        {
            return IsOptional(request) ? null : throw new MissingBodyException("The request body is empty. This operation needs a JSON body of its documented schema.");
        }

        // Not cancelled by the request time limit: Kestrel's minimum body data rate bounds a slow body (408), and a read
        // cancelled half-way leaves the body unreadable, so Kestrel resets the connection before the 503 reaches the client.
        return await request.ReadFromJsonAsync(type, options, CancellationToken.None)
            ?? (IsOptional(request) ? null : throw new MissingBodyException("The request body is null. This operation needs a JSON object of its documented schema."));
    }

    private static bool IsOptional(HttpRequest request) =>
        request.HttpContext.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>() is { IsOptional: true };
}
