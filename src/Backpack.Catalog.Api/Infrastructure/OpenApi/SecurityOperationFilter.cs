using Backpack.Catalog.Api.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Backpack.Catalog.Api.Infrastructure.OpenApi;

/// <summary>
/// Declares every operation's security: the admin scheme for /v1/admin, the API-key scheme where a policy asks for a
/// key, and otherwise an optional key (<c>{}</c>: anonymous callers are served, and a key that is sent is checked).
/// Admin operations get a scheme of their own so that no other operation shares their requirement; reading orders,
/// which admin keys may also do, declares the API-key scheme, whose description says so. Swagger UI then sends the
/// key entered under "Authorize".
/// </summary>
public sealed class SecurityOperationFilter : IOperationFilter
{
    public const string SchemeId = "ApiKey";
    public const string AdminSchemeId = "AdminApiKey";

    /// <summary>Storefront and distributor keys. The same header as admin keys, declared apart because they open other operations.</summary>
    public static OpenApiSecurityScheme Scheme => new()
    {
        Type = SecuritySchemeType.ApiKey,
        In = ParameterLocation.Header,
        Name = ApiKeyFormat.HeaderName,
        Description = "An API key: bpk_{keyId}_{secret}. The catalogue and quotes are open to anyone (a storefront or distributor key is " +
            "optional there); orders and webhooks need a distributor key, and an admin key may also read every order. A malformed, unknown " +
            "or revoked key is 401 on every operation. The embedded demo database publishes demo keys in the README.",
    };

    /// <summary>Admin keys: the same header, a key issued with role admin (the first one by the create-admin-key command).</summary>
    public static OpenApiSecurityScheme AdminScheme => new()
    {
        Type = SecuritySchemeType.ApiKey,
        In = ParameterLocation.Header,
        Name = ApiKeyFormat.HeaderName,
        Description = "An admin API key: bpk_{keyId}_{secret} with role admin, in the same header. Every /v1/admin operation needs one. " +
            "Admin keys are never seeded: the create-admin-key command prints the first one.",
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        // FastEndpoints adds a policy of its own to every endpoint that is not anonymous; only the API's policies say who may call.
        var policy = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().Select(a => a.Policy)
            .LastOrDefault(p => p is AuthPolicies.Admin or AuthPolicies.Distributor or AuthPolicies.OrderReader);
        operation.Security = policy switch
        {
            null => [new OpenApiSecurityRequirement(), Requirement(SchemeId, context)],
            AuthPolicies.Admin => [Requirement(AdminSchemeId, context)],
            _ => [Requirement(SchemeId, context)],
        };
        if (policy is null)
        {
            return;
        }

        var who = policy switch
        {
            AuthPolicies.Admin => "an admin key",
            AuthPolicies.Distributor => "a distributor key",
            _ => "a distributor key (its own orders) or an admin key (every order)",
        };
        operation.Description = $"{operation.Description}\n\nNeeds {who}.".TrimStart();
    }

    private static OpenApiSecurityRequirement Requirement(string schemeId, OperationFilterContext context) =>
        new() { [new OpenApiSecuritySchemeReference(schemeId, context.Document)] = [] };
}
