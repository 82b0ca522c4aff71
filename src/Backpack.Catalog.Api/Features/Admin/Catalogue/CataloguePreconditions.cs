using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Infrastructure.Http;
using Microsoft.Extensions.Primitives;

namespace Backpack.Catalog.Api.Features.Admin.Catalogue;

/// <summary>
/// Admin catalogue resources carry their stored version as a strong ETag, and every change to one must say which
/// version it was made against: no If-Match is 428, a stale one is 412 naming the current tag. Two admins who
/// edit the same product from the same read cannot both win.
/// </summary>
public static class CataloguePreconditions
{
    public const string IfMatchDescription =
        "Required. The ETag of the resource as you last read it from the admin API; the change is refused with 412 if it has changed since.";

    public static string ETagOf(int version) => $"\"{version}\"";

    /// <returns>Null when the change may go ahead; otherwise the 428 or 412 to answer.</returns>
    public static IResult? Check(StringValues ifMatch, int version, string resource)
    {
        if (StringValues.IsNullOrEmpty(ifMatch))
        {
            return TypedResults.Problem(
                title: "If-Match is required.",
                detail: $"Send the ETag of the {resource} in If-Match, as read from the admin API, so that your change cannot overwrite one you have not seen.",
                statusCode: StatusCodes.Status428PreconditionRequired,
                type: ProblemTypes.PreconditionRequired);
        }

        return Preconditions.IfMatchHolds(ifMatch, ETagOf(version)) ? null : Stale(resource, version);
    }

    public static IResult Stale(string resource, int? currentVersion) => TypedResults.Problem(
        title: "The resource has changed.",
        detail: $"The {resource} has changed since the version named in If-Match. Read it again, reapply your change and send the new ETag.",
        statusCode: StatusCodes.Status412PreconditionFailed,
        type: ProblemTypes.PreconditionFailed,
        extensions: currentVersion is { } v ? new Dictionary<string, object?> { ["currentETag"] = ETagOf(v) } : null);
}
