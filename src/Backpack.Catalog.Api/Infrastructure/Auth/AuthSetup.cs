using Microsoft.AspNetCore.Authentication;

namespace Backpack.Catalog.Api.Infrastructure.Auth;

public static class AuthSetup
{
    public static IServiceCollection AddCatalogueAuth(this IServiceCollection services)
    {
        services.AddSingleton<ApiKeyStore>();
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(AuthPolicies.Distributor, policy => policy.RequireRole(ApiKeyRoles.Distributor))
            .AddPolicy(AuthPolicies.Admin, policy => policy.RequireRole(ApiKeyRoles.Admin))
            .AddPolicy(AuthPolicies.OrderReader, policy => policy.RequireRole(ApiKeyRoles.Distributor, ApiKeyRoles.Admin));
        return services;
    }

    /// <summary>Who is calling. Rate limiting runs between this and <see cref="UseCatalogueAuthorization"/>, so that it
    /// partitions on keys the handler accepted and also throttles requests with bad keys.</summary>
    public static WebApplication UseCatalogueAuthentication(this WebApplication app)
    {
        app.UseAuthentication();
        return app;
    }

    public static WebApplication UseCatalogueAuthorization(this WebApplication app)
    {
        app.Use(RejectInvalidKeys);
        app.UseAuthorization();
        return app;
    }

    // Anonymous routes would otherwise ignore a bad key; answering 401 tells the client its key is wrong or revoked.
    private static async Task RejectInvalidKeys(HttpContext context, RequestDelegate next)
    {
        // The handler caches its result per request, so this does not look the key up twice.
        if (context.Request.Headers.ContainsKey(ApiKeyFormat.HeaderName) && (await context.AuthenticateAsync()).Failure is not null)
        {
            await ApiKeyAuthenticationHandler.WriteUnauthorizedAsync(context,
                "The API key is malformed, unknown or revoked. Check the key, or ask the catalogue owner for a new one.");
            return;
        }

        await next(context);
    }
}
