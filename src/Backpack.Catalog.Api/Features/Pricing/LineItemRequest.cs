using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Catalogue;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Pricing;

/// <summary>One requested line of a quote or an order: a SKU, a quantity, bulk or sample.</summary>
public sealed class LineItemRequest
{
    /// <example>CL-METRO9-BLK</example>
    [Required]
    public string? Sku { get; init; }

    /// <summary>Units wanted. Bulk lines must meet the SKU's MOQ and increments; quotes explain any that do not.</summary>
    /// <example>300</example>
    [Required]
    public int? Quantity { get; init; }

    /// <summary>true: a sample line (at the sample price, 1 to the sample maximum, no MOQ). Default false in a quote or a bulk order, true in
    /// an order of type sample, which holds sample lines only.</summary>
    public bool? Sample { get; init; }

    /// <summary>Whether the line is a sample, its flag left out meaning the request's default.</summary>
    public bool IsSampleIn(IHasLineItems request) => Sample ?? request.SamplesByDefault;

    /// <summary>The line with its sample flag filled in, for the pricing that follows validation.</summary>
    public LineItemRequest Resolved(IHasLineItems request) =>
        Sample is null ? new() { Sku = Sku, Quantity = Quantity, Sample = request.SamplesByDefault, Customizations = Customizations } : this;

    /// <summary>Optional, bulk lines only: up to 5 customisations (logo, label, packaging) on every unit of the line, each an option the SKU
    /// offers (the product's customizationOptions) at one of its placements. Each adds a surcharge per unit and a setup fee once per design.</summary>
    [MaxLength(LineCustomizationRequest.MaxPerLine)]
    public IReadOnlyList<LineCustomizationRequest>? Customizations { get; init; }

    public sealed class Validator : AbstractValidator<LineItemRequest>
    {
        public Validator()
        {
            RuleFor(l => l.Sku).NotNull().WithMessage("sku is required.");
            RuleFor(l => l.Sku).Matches(CatalogueIds.SkuPattern)
                .WithMessage("sku must be 4 to 32 uppercase letters, digits and single hyphens, e.g. CL-METRO9-BLK.");
            RuleFor(l => l.Quantity).NotNull().WithMessage("quantity is required.")
                .InclusiveBetween(-LineItemRules.MaxQuantity, LineItemRules.MaxQuantity)
                .WithMessage($"quantity must be a whole number of at most {LineItemRules.MaxQuantity:N0}.");
            RuleFor(l => l.Customizations).Must(c => c!.Count <= LineCustomizationRequest.MaxPerLine).When(l => l.Customizations is not null)
                .WithMessage($"customizations holds at most {LineCustomizationRequest.MaxPerLine} per line.");
            RuleForEach(l => l.Customizations).NotNull().WithMessage("Each customization must be an object with option, placement and design.")
                .When(l => l.Customizations is { Count: <= LineCustomizationRequest.MaxPerLine });
            RuleForEach(l => l.Customizations).SetValidator(CustomizationValidator)
                .When(l => l.Customizations is { Count: <= LineCustomizationRequest.MaxPerLine });
        }

        private static readonly LineCustomizationRequest.Validator CustomizationValidator = new();
    }
}

/// <summary>A request that carries line items: quotes and orders share the same line rules.</summary>
public interface IHasLineItems
{
    IReadOnlyList<LineItemRequest>? Lines { get; }

    /// <summary>What a line that leaves out sample is: a bulk line, except in a sample order.</summary>
    bool SamplesByDefault { get; }
}

public static class LineItemRules
{
    public const int MaxLines = 100;
    public const int MaxQuantity = 10_000_000;

    private static readonly LineItemRequest.Validator LineValidator = new();

    /// <summary>Adds the shape rules for <c>lines</c>; pricing rules (MOQ, increments, samples) are the PriceBook's.</summary>
    public static void Apply<T>(AbstractValidator<T> validator)
        where T : IHasLineItems
    {
        // Each rule stands alone: a When() would also switch off the NotNull() before it in the same chain.
        validator.RuleFor(r => r.Lines).NotNull().WithMessage("lines is required.");
        validator.RuleFor(r => r.Lines).Must(l => l!.Count is >= 1 and <= MaxLines).When(r => r.Lines is not null)
            .WithMessage($"lines must hold 1 to {MaxLines} lines.");
        validator.RuleForEach(r => r.Lines).NotNull().WithMessage("Each line must be an object with sku and quantity.")
            .When(r => r.Lines is { Count: <= MaxLines });
        validator.RuleForEach(r => r.Lines).SetValidator(LineValidator).When(r => r.Lines is { Count: <= MaxLines });
        validator.RuleForEach(r => r.Lines).Must((request, line) => IsFirstOfItsKind(request, line))
            .When(r => r.Lines is { Count: <= MaxLines })
            .WithMessage((request, line) => $"{line!.Sku} appears twice{(line.IsSampleIn(request) ? " as a sample" : "")}; put its whole quantity on one line.");
    }

    private static bool IsFirstOfItsKind(IHasLineItems request, LineItemRequest line) =>
        line?.Sku is null || ReferenceEquals(request.Lines!.First(l => l?.Sku == line.Sku && l.IsSampleIn(request) == line.IsSampleIn(request)), line);
}
