using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Integrations.Webhooks;
using FastEndpoints;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace Backpack.Catalog.Api.Features.Webhooks.CreateWebhook;

/// <summary>A receiver for your order events.</summary>
public sealed class CreateWebhookRequest
{
    public const int MaxDescriptionLength = 200;

    public static CreateWebhookRequest Example => new()
    {
        Url = "https://erp.nairobi-outfitters.example/hooks/backpack",
        Description = "ERP order sync",
    };

    /// <summary>The absolute https URL events are POSTed to (at most 2000 characters, no user name or password). Redirects are not followed.</summary>
    /// <example>https://erp.nairobi-outfitters.example/hooks/backpack</example>
    [Required]
    [StringLength(WebhookUrl.MaxLength, MinimumLength = 1)]
    [DataType(DataType.Url)]
    public string? Url { get; init; }

    /// <summary>What the endpoint is for, to recognise it in lists (at most 200 characters).</summary>
    /// <example>ERP order sync</example>
    public string? Description { get; init; }

    public sealed class Validator : Validator<CreateWebhookRequest>
    {
        // FastEndpoints makes one instance for the process, so the options are the request's own, resolved when the rule runs.
        public Validator()
        {
            RuleFor(r => r.Url).Custom((url, context) =>
            {
                if (WebhookUrl.Problem(url, Resolve<IOptions<WebhooksOptions>>().Value.AllowInsecureHttp) is { } problem)
                {
                    context.AddFailure(problem);
                }
            });
            RuleFor(r => r.Description).MaximumLength(MaxDescriptionLength)
                .WithMessage($"description must be at most {MaxDescriptionLength} characters.");
        }
    }
}
