using FluentValidation;

namespace Backpack.Catalog.Api.Infrastructure.Errors;

public static class ValidationSetup
{
    /// <summary>
    /// Registers every validator in this assembly, so that the OpenAPI filters can read their limits (FastEndpoints runs the
    /// request validators itself). They hold no state, so one instance each serves every request.
    /// </summary>
    public static IServiceCollection AddRequestValidators(this IServiceCollection services)
    {
        UseJsonPropertyNames();
        return services.AddValidatorsFromAssemblyContaining(typeof(ValidationSetup), ServiceLifetime.Singleton, includeInternalTypes: true);
    }

    /// <summary>Errors are keyed, and messages worded, by the names clients send (camelCase), not the C# member names.</summary>
    public static void UseJsonPropertyNames()
    {
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) => member is null ? null : JsonNamingPolicyName(member.Name);
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : JsonNamingPolicyName(member.Name);
    }

    private static string JsonNamingPolicyName(string name) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);
}
