using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Trade;
using Backpack.Catalog.Api.Infrastructure.Http;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using FastEndpoints;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Admin.ReferenceData.ListFreightLanes;

public sealed class ListFreightLanesRequest : AdminPageRequest
{
    [Description("Only lanes leaving from this UN/LOCODE, e.g. CNYTN.")]
    [QueryParam]
    [OneOf(typeof(Places), nameof(Places.OriginCodes))]
    public string? Origin { get; init; }

    [Description("Only lanes delivering to this UN/LOCODE, e.g. KEMBA.")]
    [QueryParam]
    [OneOf(typeof(Places), nameof(Places.DestinationCodes))]
    public string? Destination { get; init; }

    [Description("Only lanes of this mode: sea-lcl, sea-fcl, air or courier.")]
    [QueryParam]
    [OneOf(typeof(ShippingModes), nameof(ShippingModes.All))]
    public string? Mode { get; init; }

    public sealed class Validator : Validator<ListFreightLanesRequest>
    {
        public Validator()
        {
            AddRules(this);
            RuleFor(r => r.Origin).Must(o => Places.OriginCodes.Contains(o!)).When(r => r.Origin is not null)
                .WithMessage($"origin must be the UN/LOCODE of a place the supplier ships from: {string.Join(", ", Places.OriginCodes)}.");
            RuleFor(r => r.Destination).Must(d => Places.DestinationCodes.Contains(d!)).When(r => r.Destination is not null)
                .WithMessage($"destination must be the UN/LOCODE of a place the supplier ships to: {string.Join(", ", Places.DestinationCodes)}.");
            RuleFor(r => r.Mode).Must(m => ShippingModes.All.Contains(m!)).When(r => r.Mode is not null)
                .WithMessage($"mode must be one of: {ShippingModes.Describe()}.");
        }
    }
}

/// <param name="NextCursor">Pass as cursor, with the same filters, for the next page; null on the last page.</param>
public sealed record ListFreightLanesResponse(
    [property: MaxLength(AdminPageRequest.MaxLimit)] IReadOnlyList<FreightLaneResponse> Items,
    [property: MaxLength(AdminPageRequest.MaxCursorLength), RegularExpression(CursorCodec.Pattern)] string? NextCursor,
    [property: Range(1, AdminPageRequest.MaxLimit)] int Limit)
{
    public static ListFreightLanesResponse Example => new([FreightLaneResponse.Example], null, AdminPageRequest.DefaultLimit);
}
