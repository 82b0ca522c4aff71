using System.ComponentModel;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using FastEndpoints;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Trade.ListPlaces;

public sealed class ListPlacesRequest
{
    /// <summary>ships-from (EXW, FCA and FOB places) or ships-to (C and D rule places).</summary>
    [QueryParam]
    [Description("ships-from (places EXW, FCA and FOB may name) or ships-to (places CFR, CIF, CPT, CIP and the D rules may name).")]
    [OneOf(typeof(ListPlacesRequest), nameof(Roles))]
    public string? Role { get; init; }

    [QueryParam]
    [Description("ISO 3166-1 alpha-2 country, e.g. KE.")]
    [System.ComponentModel.DataAnnotations.RegularExpression(Countries.Pattern)]
    [System.ComponentModel.DataAnnotations.MaxLength(Countries.CodeLength)]
    public string? Country { get; init; }

    [QueryParam]
    [Description("An Incoterms 2020 rule: only the places it may name.")]
    [OneOf(typeof(Pricing.Incoterms), nameof(Pricing.Incoterms.All))]
    public string? Incoterm { get; init; }

    public const string ShipsFrom = "ships-from";
    public const string ShipsTo = "ships-to";

    public static readonly IReadOnlyList<string> Roles = [ShipsFrom, ShipsTo];

    public sealed class Validator : Validator<ListPlacesRequest>
    {
        public Validator()
        {
            RuleFor(r => r.Role).Must(r => r is null || Roles.Contains(r)).WithMessage("role must be ships-from or ships-to.");
            RuleFor(r => r.Country).Matches(Countries.Pattern).WithMessage("country must be an ISO 3166-1 alpha-2 code such as KE.");
            RuleFor(r => r.Incoterm).Must(r => r is null || Pricing.Incoterms.ByCode.ContainsKey(r))
                .WithMessage($"incoterm must be one of: {Pricing.Incoterms.Describe()}.");
        }
    }
}
