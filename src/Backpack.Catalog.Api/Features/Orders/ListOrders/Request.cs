using System.ComponentModel;
using Backpack.Catalog.Api.Features.Admin.ApiKeys.CreateApiKey;
using Backpack.Catalog.Api.Infrastructure.Errors;
using FastEndpoints;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Orders.ListOrders;

public sealed class ListOrdersRequest
{
    public const int MaxLimit = 100;
    public const int DefaultLimit = 20;
    public const int MaxCursorLength = 512;

    [Description("Only orders in this status: submitted, confirmed, in_production, ready_to_ship, shipped, delivered, cancelled or rejected.")]
    [QueryParam]
    public string? Status { get; init; }

    [Description("Only orders placed at or after this instant (ISO 8601, e.g. 2026-11-01T00:00:00Z).")]
    [QueryParam]
    public DateTimeOffset? CreatedFrom { get; init; }

    [Description("Only orders placed before this instant (ISO 8601, exclusive).")]
    [QueryParam]
    public DateTimeOffset? CreatedTo { get; init; }

    [Description("Admin keys only: orders of this distributor. Distributor keys always list their own orders.")]
    [QueryParam]
    public string? DistributorId { get; init; }

    [Description("The nextCursor of the previous page, unchanged.")]
    [QueryParam]
    public string? Cursor { get; init; }

    [Description("Orders per page, 1 to 100 (default 20).")]
    [QueryParam]
    public int? Limit { get; init; }

    public sealed class Validator : Validator<ListOrdersRequest>
    {
        public Validator()
        {
            RuleFor(r => r.Status).OneOf(OrderStatus.All)
                .WithMessage($"Unknown status. Use one of: {OrderStatus.Describe()}.");
            RuleFor(r => r.CreatedTo).GreaterThan(r => r.CreatedFrom).When(r => r.CreatedFrom is not null && r.CreatedTo is not null)
                .WithMessage("createdTo must be after createdFrom.");
            RuleFor(r => r.Limit).InclusiveBetween(1, MaxLimit).WithMessage($"limit must be between 1 and {MaxLimit}.");
            RuleFor(r => r.Cursor).MaximumLength(MaxCursorLength).WithMessage("cursor is malformed. Pass the nextCursor of a previous page unchanged.");
            RuleFor(r => r.DistributorId).MaximumLength(CreateApiKeyRequest.MaxDistributorIdLength)
                .WithMessage($"distributorId is at most {CreateApiKeyRequest.MaxDistributorIdLength} characters.");
        }
    }
}
