using System.Text.Encodings.Web;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Backpack.Catalog.Api.Infrastructure.Auth;

/// <summary>
/// Authenticates the <c>X-Api-Key</c> header. No header means anonymous; a header that is malformed, unknown,
/// revoked or wrong fails, and <see cref="AuthSetup"/> answers 401 for it on every route, so a client learns
/// at once that its key is bad rather than silently browsing as anonymous.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyStore keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKeyFormat.HeaderName, out var values) || values.Count == 0)
        {
            return AuthenticateResult.NoResult();
        }

        var caller = values.Count == 1 ? await keys.AuthenticateAsync(values[0]!.Trim(), Context.RequestAborted) : null;
        return caller is null
            ? AuthenticateResult.Fail("The API key is malformed, unknown or revoked.")
            : AuthenticateResult.Success(new AuthenticationTicket(caller.ToPrincipal(SchemeName), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        WriteUnauthorizedAsync(Context, $"Send your API key in the {ApiKeyFormat.HeaderName} header.");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        var role = Context.User.FindFirst(System.Security.Claims.ClaimTypes.Role)?.Value ?? "anonymous";
        return ProblemWriter.WriteAsync(Context, new ProblemDetails
        {
            Status = StatusCodes.Status403Forbidden,
            Type = ProblemTypes.Forbidden,
            Title = "This API key may not do that.",
            Detail = $"{(role == ApiKeyRoles.Admin ? "An" : "A")} {role} key cannot {Request.Method} {Request.Path}. {RequiredRoleHint(Context)}",
        });
    }

    public static Task WriteUnauthorizedAsync(HttpContext context, string detail)
    {
        context.Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{ApiKeyFormat.HeaderName}\"";
        return ProblemWriter.WriteAsync(context, new ProblemDetails
        {
            Status = StatusCodes.Status401Unauthorized,
            Type = ProblemTypes.Unauthorized,
            Title = "A valid API key is required.",
            Detail = detail,
        });
    }

    // FastEndpoints adds an authorization entry of its own beside the group's policy: look through all of them.
    private static string RequiredRoleHint(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetOrderedMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>()
            .Select(a => a.Policy).FirstOrDefault(p => p is AuthPolicies.Admin or AuthPolicies.Distributor or AuthPolicies.OrderReader) switch
        {
            AuthPolicies.Admin => "It needs an admin key.",
            AuthPolicies.Distributor => "It needs a distributor key.",
            AuthPolicies.OrderReader => "It needs a distributor or admin key.",
            _ => "",
        };
}
