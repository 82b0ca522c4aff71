using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Infrastructure.Errors;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Admin.Stock.AdjustStock;

/// <summary>A stock correction: set the count on hand, or move it by a delta, always with a reason for the audit trail.</summary>
public sealed class AdjustStockRequest
{
    public const int MinReasonLength = 3;
    public const int MaxReasonLength = 500;

    public static readonly IReadOnlyList<string> Modes = ["set", "delta"];

    public static AdjustStockRequest Example => new() { Mode = "delta", Quantity = 240, Reason = "Received PO 4471: 12 cartons from the Hanoi line" };

    /// <summary>set: stockOnHand becomes quantity. delta: stockOnHand moves by quantity (negative to remove units).</summary>
    /// <example>delta</example>
    [Required]
    public string? Mode { get; init; }

    /// <summary>Units: the new count (set, 0 or more) or the change (delta, not 0).</summary>
    /// <example>240</example>
    [Required]
    public int? Quantity { get; init; }

    /// <summary>Why the stock changed (3 to 500 characters): a receipt, a count, damage. Kept in the audit trail.</summary>
    /// <example>Received PO 4471: 12 cartons from the Hanoi line</example>
    [Required]
    public string? Reason { get; init; }

    public sealed class Validator : AbstractValidator<AdjustStockRequest>
    {
        public Validator()
        {
            RuleFor(r => r.Mode).RequiredOneOf(Modes).WithMessage("mode must be set or delta.");
            RuleFor(r => r.Quantity).NotNull().WithMessage("quantity is required.");
            RuleFor(r => r.Quantity).GreaterThanOrEqualTo(0).When(r => r.Mode == "set").WithMessage("quantity must be 0 or more when mode is set.");
            RuleFor(r => r.Quantity).NotEqual(0).When(r => r.Mode == "delta").WithMessage("quantity must not be 0 when mode is delta.");
            RuleFor(r => r.Quantity).InclusiveBetween(-CatalogueRules.MaxStock, CatalogueRules.MaxStock)
                .WithMessage($"quantity must be within {CatalogueRules.MaxStock} units either way: stock on hand is at most that.");
            var reasonMessage = $"reason is required: {MinReasonLength} to {MaxReasonLength} characters saying why the stock changed.";
            RuleFor(r => r.Reason).NotNull().WithMessage(reasonMessage);
            RuleFor(r => r.Reason).Length(MinReasonLength, MaxReasonLength).WithMessage(reasonMessage);
            RuleFor(r => r.Reason).Must(r => r!.Trim().Length >= MinReasonLength).When(r => r.Reason is not null).WithMessage(reasonMessage);
        }
    }
}
