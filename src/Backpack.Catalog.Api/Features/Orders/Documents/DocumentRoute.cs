using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Orders.Documents;

/// <summary>One document of an order, by its number.</summary>
public sealed class DocumentRoute
{
    [RouteParam]
    [Description(OrderInputs.OrderIdDescription)]
    public string OrderId { get; init; } = "";

    [RouteParam]
    [Description("The document's number, e.g. CI-2026-000017, as the order's document list gives it.")]
    [MaxLength(TradeDocumentTypes.NumberLength)]
    [RegularExpression(TradeDocumentTypes.NumberPattern)]
    public string DocumentNumber { get; init; } = "";
}
