using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Admin;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Infrastructure.Http;
using FastEndpoints;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Webhooks.ListDeliveries;

public sealed class ListDeliveriesRequest : AdminPageRequest
{
    public static readonly string[] States = ["pending", "delivered", "failed"];

    [Description("Webhook id, e.g. whk_0193c2e4a1b27f7e8a5c3d9e0f1a2b3c.")]
    [RouteParam]
    public string WebhookId { get; init; } = "";

    [Description("Only deliveries in this state: pending, delivered or failed.")]
    [QueryParam]
    public string? State { get; init; }

    public sealed class Validator : Validator<ListDeliveriesRequest>
    {
        public Validator()
        {
            AddRules(this);
            RuleFor(r => r.State).OneOf(States)
                .WithMessage($"state must be one of: {string.Join(", ", States)}.");
        }
    }
}

/// <param name="Items">Newest first.</param>
/// <param name="NextCursor">Pass as cursor for the next page; null on the last page.</param>
public sealed record ListDeliveriesResponse(
    [property: MaxLength(AdminPageRequest.MaxLimit)] IReadOnlyList<WebhookDeliveryResponse> Items,
    [property: MaxLength(AdminPageRequest.MaxCursorLength), RegularExpression(CursorCodec.Pattern)] string? NextCursor,
    [property: Range(1, AdminPageRequest.MaxLimit)] int Limit)
{
    public static ListDeliveriesResponse Example => new([WebhookDeliveryResponse.Example], null, AdminPageRequest.DefaultLimit);
}
