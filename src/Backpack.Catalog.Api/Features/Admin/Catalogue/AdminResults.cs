using Backpack.Catalog.Api.Infrastructure.Http;

namespace Backpack.Catalog.Api.Features.Admin.Catalogue;

/// <summary>Admin catalogue answers: the resource with its version ETag, or 201 with Location and ETag.</summary>
public static class AdminResults
{
    public static IResult Product(StoredProduct stored)
    {
        var response = AdminProductResponse.From(stored);
        return ETaggedJson.Of(response, response.ETag);
    }

    public static IResult Variant(StoredProduct stored, string sku)
    {
        var response = AdminVariantResponse.From(stored, sku);
        return ETaggedJson.Of(response, response.ETag);
    }

    public static IResult Created<T>(HttpContext httpContext, string location, T value, string etag)
    {
        httpContext.Response.Headers.ETag = etag;
        return TypedResults.Created(location, value);
    }
}
