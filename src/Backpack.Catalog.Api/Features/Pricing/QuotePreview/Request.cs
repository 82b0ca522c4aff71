using Backpack.Catalog.Api.Features.Catalogue;
using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Pricing.QuotePreview;

/// <summary>A price preview: SKUs and quantities, priced by the server with every rule explained.</summary>
public sealed class QuoteRequest
{
    public static QuoteRequest Example => new()
    {
        Currency = "EUR",
        Incoterm = "FOB",
        DestinationCountry = "KE",
        Lines = [new() { Sku = "CL-METRO9-BLK", Quantity = 260 }, new() { Sku = "CL-METRO9-BLK", Quantity = 2, Sample = true }],
    };

    public const int MaxLines = 100;
    public const int MaxQuantity = 10_000_000;

    /// <summary>1 to 100 lines; each SKU at most once as bulk and once as sample.</summary>
    [Required]
    public IReadOnlyList<QuoteLineRequest>? Lines { get; init; }

    /// <summary>ISO 4217 code to price in: USD (default), EUR, GBP, AED, SAR, ZAR, KES, NGN or BRL.</summary>
    public string? Currency { get; init; }

    /// <summary>Optional Incoterm the buyer intends: EXW, FOB, CIF, DAP or DDP. Prices are FOB factory prices either way.</summary>
    public string? Incoterm { get; init; }

    /// <summary>Optional ISO 3166-1 alpha-2 destination country, e.g. KE.</summary>
    public string? DestinationCountry { get; init; }

    public static readonly IReadOnlyList<string> Incoterms = ["EXW", "FOB", "CIF", "DAP", "DDP"];

    public sealed class Validator : AbstractValidator<QuoteRequest>
    {
        public Validator()
        {
            // Each rule stands alone: a When() would also switch off the NotNull() before it in the same chain.
            RuleFor(r => r.Lines).NotNull().WithMessage("lines is required.");
            RuleFor(r => r.Lines).Must(l => l!.Count is >= 1 and <= MaxLines).When(r => r.Lines is not null)
                .WithMessage($"lines must hold 1 to {MaxLines} lines.");
            RuleForEach(r => r.Lines).NotNull().WithMessage("Each line must be an object with sku and quantity.")
                .When(r => r.Lines is { Count: <= MaxLines });
            RuleForEach(r => r.Lines).ChildRules(line =>
            {
                line.RuleFor(l => l.Sku).NotNull().WithMessage("sku is required.");
                line.RuleFor(l => l.Sku).Matches(CatalogueIds.SkuPattern).When(l => l.Sku is not null)
                    .WithMessage("sku must be 4 to 32 uppercase letters, digits and single hyphens, e.g. CL-METRO9-BLK.");
                line.RuleFor(l => l.Quantity).NotNull().WithMessage("quantity is required.")
                    .InclusiveBetween(-MaxQuantity, MaxQuantity).WithMessage($"quantity must be a whole number of at most {MaxQuantity:N0}.");
            }).When(r => r.Lines is { Count: <= MaxLines });
            RuleForEach(r => r.Lines).Must((request, line) => IsFirstOfItsKind(request.Lines!, line))
                .When(r => r.Lines is { Count: <= MaxLines })
                .WithMessage((_, line) => $"{line!.Sku} appears twice{(line?.Sample == true ? " as a sample" : "")}; put its whole quantity on one line.");
            RuleFor(r => r.Currency).Must(c => Currencies.ByCode.ContainsKey(c!)).When(r => r.Currency is not null)
                .WithMessage($"Unsupported currency. Use one of: {Currencies.Describe()}.");
            RuleFor(r => r.Incoterm).Must(i => Incoterms.Contains(i!)).When(r => r.Incoterm is not null)
                .WithMessage($"Unknown Incoterm. Use one of: {string.Join(", ", Incoterms)}.");
            RuleFor(r => r.DestinationCountry).Matches("^[A-Z]{2}$").When(r => r.DestinationCountry is not null)
                .WithMessage("destinationCountry must be an ISO 3166-1 alpha-2 code such as KE or BR.");
        }

        private static bool IsFirstOfItsKind(IReadOnlyList<QuoteLineRequest> lines, QuoteLineRequest line) =>
            line?.Sku is null || ReferenceEquals(lines.First(l => l?.Sku == line.Sku && l.Sample == line.Sample), line);
    }
}

public sealed class QuoteLineRequest
{
    /// <example>CL-METRO9-BLK</example>
    [Required]
    public string? Sku { get; init; }

    /// <summary>Units wanted. Bulk lines must meet the SKU's MOQ and increments; quotes explain any that do not.</summary>
    /// <example>250</example>
    [Required]
    public int? Quantity { get; init; }

    /// <summary>true prices a sample order (at the sample price, up to the sample maximum, no MOQ).</summary>
    public bool Sample { get; init; }
}
