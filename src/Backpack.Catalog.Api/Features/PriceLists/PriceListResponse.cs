using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Infrastructure.OpenApi;

namespace Backpack.Catalog.Api.Features.PriceLists;

/// <summary>Which of your price lists the prices come from. Null when your key has none (or there is no key): list prices.</summary>
/// <param name="Name">The list's name, e.g. NAIROBI-2027-H1.</param>
/// <param name="ValidFrom">The first day it applies (UTC).</param>
/// <param name="ValidTo">The last day it applies (UTC).</param>
/// <param name="Status">applied (the prices are the list's), expired or scheduled (the prices are list prices).</param>
/// <param name="Message">The same in words.</param>
public sealed record PriceListResponse(
    [property: MaxLength(PriceListResponse.MaxNameLength)] string Name,
    DateOnly ValidFrom,
    DateOnly ValidTo,
    [property: OneOf(typeof(PriceListStates), nameof(PriceListStates.All))] string Status,
    [property: MaxLength(200)] string Message)
{
    public const int MaxNameLength = 60;

    public static PriceListResponse Example => new("NAIROBI-2027-H1", new DateOnly(2027, 1, 1), new DateOnly(2027, 6, 30), PriceListStates.Applied,
        "Your price list NAIROBI-2027-H1 applies until 2027-06-30.");
}
