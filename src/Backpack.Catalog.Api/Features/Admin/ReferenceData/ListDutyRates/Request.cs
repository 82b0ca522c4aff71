using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Infrastructure.Http;
using FastEndpoints;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Admin.ReferenceData.ListDutyRates;

public sealed class ListDutyRatesRequest : AdminPageRequest
{
    [Description("Only rates into this country (ISO 3166-1 alpha-2, e.g. KE).")]
    [QueryParam]
    [RegularExpression(Countries.Pattern)]
    [MaxLength(Countries.CodeLength)]
    public string? Country { get; init; }

    public sealed class Validator : Validator<ListDutyRatesRequest>
    {
        public Validator()
        {
            AddRules(this);
            RuleFor(r => r.Country).Matches(Countries.Pattern).WithMessage("country must be an ISO 3166-1 alpha-2 code such as KE.");
        }
    }
}

/// <param name="NextCursor">Pass as cursor, with the same filter, for the next page; null on the last page.</param>
public sealed record ListDutyRatesResponse(
    [property: MaxLength(AdminPageRequest.MaxLimit)] IReadOnlyList<DutyRateResponse> Items,
    [property: MaxLength(AdminPageRequest.MaxCursorLength), RegularExpression(CursorCodec.Pattern)] string? NextCursor,
    [property: Range(1, AdminPageRequest.MaxLimit)] int Limit)
{
    public static ListDutyRatesResponse Example => new([DutyRateResponse.Example], null, AdminPageRequest.DefaultLimit);
}
