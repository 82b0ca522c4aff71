using System.ComponentModel;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Infrastructure.Errors;
using FastEndpoints;
using Backpack.Catalog.Api.Features.Catalogue.Localization;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Catalogue.ListProducts;

public sealed class ListProductsRequest
{
    public const int MaxLimit = 100;
    public const int DefaultLimit = 20;
    public const int MaxSearchLength = 100;
    public const int MaxPriceAtQuantity = 1_000_000;

    /// <summary>
    /// A product cursor carries the last row's sort key, which may be its name: 200 characters, up to 6 bytes each once
    /// JSON-escaped, then base64url, comes to about 1,800 characters. Shorter limits refused the server's own cursors.
    /// </summary>
    public const int MaxCursorLength = 2048;
    public const double MaxCapacityLitres = 1000;

    /// <summary>How many values one repeatable filter takes; the list query has a parameter slot for each.</summary>
    public const int MaxFilterValues = 10;

    [Description("Family key: classic, hike-daypack, leather, eco, kids or tactical (see GET /v1/categories). Repeat the parameter for several " +
        "(category=kids&category=eco): a product in any of them matches.")]
    [QueryParam]
    public string[]? Category { get; init; }

    [Description("Main or variant material key, e.g. ripstop-nylon, rpet, full-grain-leather. Repeat the parameter for several: a product " +
        "made of any of them (as its main material or a SKU's) matches.")]
    [QueryParam]
    public string[]? Material { get; init; }

    [Description("Smallest capacity in litres (inclusive).")]
    [QueryParam]
    public double? MinCapacity { get; init; }

    [Description("Largest capacity in litres (inclusive).")]
    [QueryParam]
    public double? MaxCapacity { get; init; }

    [Description("Certification key the product must hold, e.g. CPSIA, GRS, OEKO-TEX-100, LWG. Repeat the parameter for several " +
        "(certification=REACH&certification=OEKO-TEX-100): a product must hold all of them.")]
    [QueryParam]
    public string[]? Certification { get; init; }

    [Description("Feature key the product must have, e.g. laptop-sleeve, rfid-pocket, molle. Repeat the parameter for several: a product " +
        "must have all of them.")]
    [QueryParam]
    public string[]? Feature { get; init; }

    [Description("Only products a buyer can order in at most this many units: a SKU's MOQ, and the product's own MOQ across its SKUs " +
        "when it has one (productMoq), must both be within it.")]
    [QueryParam]
    public int? MaxMoq { get; init; }

    [Description("true: at least one SKU has stock on hand; false: every SKU is made to order.")]
    [QueryParam]
    public bool? InStock { get; init; }

    [Description("Case-insensitive text searched in product names and descriptions, in the language asked (at most 100 characters).")]
    [QueryParam]
    public string? Q { get; init; }

    [Description("Price every product at this many units (1 to 1,000,000): only products with a SKU orderable at that quantity are listed, each with its lowest unit price there.")]
    [QueryParam]
    public int? PriceAtQuantity { get; init; }

    [Description("With priceAtQuantity: only products whose unit price at that quantity is at most this amount, in the currency asked (USD by default).")]
    [QueryParam]
    public decimal? MaxUnitPrice { get; init; }

    [Description("name, -name, capacity, -capacity, priceAtMoq, -priceAtMoq, unitPrice, -unitPrice (needs priceAtQuantity) or newest. A leading '-' sorts descending. Default name.")]
    [QueryParam]
    public string? Sort { get; init; }

    [Description("The nextCursor of the previous page. Only valid with the same filters and sort.")]
    [QueryParam]
    public string? Cursor { get; init; }

    [Description("Page size, 1 to 100. Default 20.")]
    [QueryParam]
    public int? Limit { get; init; }

    [Description("Counts to draw a filter sidebar with, over the whole filtered list: category, material, certification, feature or capacity " +
        "(a histogram). Repeat the parameter for several (facets=category&facets=capacity). Without it the answer has no facets.")]
    [QueryParam]
    public string[]? Facets { get; init; }

    [Description("ISO 4217 code to show prices in: USD (default), EUR, GBP, AED, SAR, ZAR, KES, NGN or BRL. Every price and tier is converted " +
        "at the rate quotes use now, rounded as quotes round, and exchangeRate says which rate and how old it is.")]
    [QueryParam]
    public string? Currency { get; init; }

    [Description(Localization.LanguageRules.LangDescription + " q searches and name sorts the names and descriptions in that language.")]
    [QueryParam]
    public string? Lang { get; init; }

    [Description(Localization.LanguageRules.AcceptLanguageDescription)]
    [FromHeader("Accept-Language", isRequired: false)]
    public string? AcceptLanguage { get; init; }

    public sealed class Validator : Validator<ListProductsRequest>
    {
        public Validator()
        {
            RuleFor(r => r.Category).EachOneOf(CatalogueVocabulary.Categories, MaxFilterValues);
            RuleFor(r => r.Material).EachOneOf(CatalogueVocabulary.Materials, MaxFilterValues);
            RuleFor(r => r.Certification).EachOneOf(CatalogueVocabulary.Certifications, MaxFilterValues);
            RuleFor(r => r.Feature).EachOneOf(CatalogueVocabulary.Features, MaxFilterValues);
            RuleFor(r => r.Facets).EachOneOf(FacetNames.All, FacetNames.All.Count);
            RuleFor(r => r.MinCapacity).InclusiveBetween(0, MaxCapacityLitres).WithMessage("minCapacity must be a number from 0 to 1000 litres.");
            RuleFor(r => r.MaxCapacity).InclusiveBetween(0, MaxCapacityLitres).WithMessage("maxCapacity must be a number from 0 to 1000 litres.");
            RuleFor(r => r.MaxCapacity).GreaterThanOrEqualTo(r => r.MinCapacity)
                .When(r => r.MinCapacity is not null && r.MaxCapacity is not null)
                .WithMessage("maxCapacity must not be below minCapacity.");
            RuleFor(r => r.MaxMoq).InclusiveBetween(1, 1_000_000);
            RuleFor(r => r.Q).MaximumLength(MaxSearchLength).WithMessage($"q must hold 1 to {MaxSearchLength} characters of text.");
            RuleFor(r => r.Q).Must(q => q!.Trim().Length > 0).When(r => r.Q is not null)
                .WithMessage($"q must hold 1 to {MaxSearchLength} characters of text.");
            RuleFor(r => r.Sort).OneOf(ProductSort.Names)
                .WithMessage($"Unknown sort. Use one of: {string.Join(", ", ProductSort.Names)}.");
            RuleFor(r => r.Limit).InclusiveBetween(1, MaxLimit);
            RuleFor(r => r.PriceAtQuantity).InclusiveBetween(1, MaxPriceAtQuantity);
            RuleFor(r => r.MaxUnitPrice).Must(p => p >= 0 && p <= 1_000_000 && decimal.Round(p!.Value, 2) == p)
                .When(r => r.MaxUnitPrice is not null)
                .WithMessage("maxUnitPrice must be an amount from 0 to 1,000,000 with at most two decimals, in the currency asked (USD by default).");
            RuleFor(r => r.MaxUnitPrice).Null().When(r => r.PriceAtQuantity is null)
                .WithMessage("maxUnitPrice needs priceAtQuantity: say at how many units the price applies.");
            RuleFor(r => r.Sort).Must(s => !ProductSort.TryParse(s, out var sort) || sort.Key != ProductSortKey.UnitPrice)
                .When(r => r.PriceAtQuantity is null)
                .WithMessage("Sorting by unitPrice needs priceAtQuantity: say at how many units to compare prices.");
            RuleFor(r => r.Cursor).MaximumLength(MaxCursorLength);
            RuleFor(r => r.Lang).SupportedLanguage();
            RuleFor(r => r.AcceptLanguage).MaximumLength(LanguageRules.MaxAcceptLanguageLength);
            RuleFor(r => r.Currency).OneOf(Currencies.Codes).WithMessage($"Unsupported currency. Use one of: {Currencies.Describe()}.");
        }
    }
}
