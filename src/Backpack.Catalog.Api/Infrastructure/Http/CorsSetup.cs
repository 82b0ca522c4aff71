using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.RateLimiting;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Backpack.Catalog.Api.Infrastructure.Http;

/// <summary>Bound from the <c>Cors</c> configuration section: which browser origins (storefront sites) may call the API.</summary>
public sealed class CrossOriginOptions : IValidatableObject
{
    public const string Section = "Cors";

    /// <summary>Origins such as <c>https://shop.example.com</c> (scheme, host and port; no path). Empty: no cross-origin browser access.</summary>
    public List<string> AllowedOrigins { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var origin in AllowedOrigins)
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")
                || uri.GetLeftPart(UriPartial.Authority) != origin)
            {
                yield return new ValidationResult(
                    $"{Section}:AllowedOrigins: '{origin}' is not an origin; write scheme://host[:port] with no path, no trailing slash and no wildcard.",
                    [nameof(AllowedOrigins)]);
            }
        }
    }
}

/// <summary>
/// CORS for storefront browsers: the configured origins may send the headers this API reads and read the headers it
/// answers with. No credentials: the API key travels in a header, never in a cookie.
/// </summary>
public static class CorsSetup
{
    public static readonly string[] RequestHeaders =
        [ApiKeyFormat.HeaderName, HeaderNames.ContentType, HeaderNames.IfNoneMatch, HeaderNames.IfMatch, IdempotencyStore.HeaderName];

    public static readonly string[] ExposedHeaders =
    [
        HeaderNames.ETag, HeaderNames.Location, HeaderNames.RetryAfter, RateLimitHeaders.State, RateLimitHeaders.Policy,
        IdempotencyStore.ReplayedHeader, HeaderNames.ContentDisposition, HeaderNames.WWWAuthenticate,
    ];

    public static readonly TimeSpan PreflightMaxAge = TimeSpan.FromMinutes(10);

    public static IServiceCollection AddCatalogueCors(this IServiceCollection services)
    {
        services.AddOptions<CrossOriginOptions>().BindConfiguration(CrossOriginOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<CrossOriginOptions>>((cors, origins) => cors.AddDefaultPolicy(policy => policy
            .WithOrigins([.. origins.Value.AllowedOrigins])
            .WithMethods(HttpMethods.Get, HttpMethods.Post, HttpMethods.Put, HttpMethods.Delete)
            .WithHeaders(RequestHeaders)
            .WithExposedHeaders(ExposedHeaders)
            .SetPreflightMaxAge(PreflightMaxAge)));
        return services;
    }
}
