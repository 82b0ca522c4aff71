using Backpack.Catalog.Api.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Backpack.Catalog.Api.Infrastructure.OpenApi;

/// <summary>
/// Marks the operations that need an API key (and only those), so Swagger UI sends the key entered under
/// "Authorize" and the document says which role each operation needs.
/// </summary>
public sealed class SecurityOperationFilter : IOperationFilter
{
    public const string SchemeId = "ApiKey";

    public static OpenApiSecurityScheme Scheme => new()
    {
        Type = SecuritySchemeType.ApiKey,
        In = ParameterLocation.Header,
        Name = ApiKeyFormat.HeaderName,
        Description = "An API key: bpk_{keyId}_{secret}. The catalogue and quotes are open to anyone; orders need a distributor key " +
            "(reading them, also an admin key); /v1/admin needs an admin key. The embedded demo database publishes demo keys in the README.",
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var policy = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().Select(a => a.Policy).LastOrDefault();
        if (policy is null)
        {
            return;
        }

        operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeId, context.Document)] = [] }];
        var who = policy switch
        {
            AuthPolicies.Admin => "an admin key",
            AuthPolicies.Distributor => "a distributor key",
            _ => "a distributor key (its own orders) or an admin key (every order)",
        };
        operation.Description = $"{operation.Description}\n\nNeeds {who}.".TrimStart();
    }
}
