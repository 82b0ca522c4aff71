using FluentValidation;

namespace Backpack.Catalog.Api.Infrastructure.Errors;

/// <summary>Runs the request's nested FluentValidation validator; failures answer 400 with every error per parameter.</summary>
public sealed class ValidationFilter<TRequest>(IValidator<TRequest> validator) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.Arguments.OfType<TRequest>().FirstOrDefault();
        if (request is null)
        {
            return await next(context);
        }

        var result = await validator.ValidateAsync(request, context.HttpContext.RequestAborted);
        if (result.IsValid)
        {
            return await next(context);
        }

        var errors = result.Errors
            .GroupBy(e => e.PropertyName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray(), StringComparer.Ordinal);
        return Problems.Validation(errors, "See errors for each parameter that was rejected.");
    }
}

public static class ValidationSetup
{
    /// <summary>Registers every validator in this assembly. They hold no state, so one instance each serves every request.</summary>
    public static IServiceCollection AddRequestValidators(this IServiceCollection services)
    {
        UseJsonPropertyNames();
        return services.AddValidatorsFromAssemblyContaining<ValidationFilter<object>>(ServiceLifetime.Singleton, includeInternalTypes: true);
    }

    /// <summary>Errors are keyed, and messages worded, by the names clients send (camelCase), not the C# member names.</summary>
    public static void UseJsonPropertyNames()
    {
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) => member is null ? null : JsonNamingPolicyName(member.Name);
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : JsonNamingPolicyName(member.Name);
    }

    public static RouteHandlerBuilder Validated<TRequest>(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<ValidationFilter<TRequest>>()
            .ProducesValidationProblem();

    private static string JsonNamingPolicyName(string name) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);
}
