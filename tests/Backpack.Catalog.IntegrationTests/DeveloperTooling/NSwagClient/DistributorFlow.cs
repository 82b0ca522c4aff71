// Compiled at test time together with the client NSwag generates from api-docs/openapi.json (NSwagClientTests), never
// by the test project itself: it is what a distributor's developer writes against the generated client, unedited.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;

namespace Backpack.Catalog.GeneratedClient;

public partial class Client
{
    /// <summary>The last answer's ETag. NSwag's documented hook for headers: a partial method, not an edit to generated code.</summary>
    public string? LastETag { get; private set; }

    partial void ProcessResponse(HttpClient client, HttpResponseMessage response) => LastETag = response.Headers.ETag?.Tag;
}

public static class DistributorFlow
{
    /// <summary>Runs the flow and returns what each step saw, for the test to check.</summary>
    public static async Task<Dictionary<string, string>> RunAsync(HttpClient http, string runId)
    {
        var seen = new Dictionary<string, string>();
        var client = new Client(http);

        var catalogue = await client.ListProductsAsync(null, null, null, null, null, null, null, null, null, null, null, null, null, 100, null, null, null, null, null);
        seen["catalogue.count"] = catalogue.Items.Count.ToString();

        var kids = await client.ListProductsAsync(category: [Category.Kids], material: null, minCapacity: null, maxCapacity: null,
            certification: null, feature: null, maxMoq: null, inStock: null, q: null, priceAtQuantity: null, maxUnitPrice: null,
            sort: ListProductsSort.Name, cursor: null, limit: 50, facets: null, currency: null, lang: null, accept_Language: null, if_None_Match: null);
        seen["products.count"] = kids.Items.Count.ToString();
        seen["products.categories"] = string.Join(",", kids.Items.Select(p => p.Category).Distinct());
        seen["products.listEtag"] = client.LastETag ?? "";

        try
        {
            await client.ListProductsAsync([Category.Kids], null, null, null, null, null, null, null, null, null, null, ListProductsSort.Name, null, 50, null, null, null, null,
                if_None_Match: seen["products.listEtag"]);
            seen["products.revalidated"] = "200";
        }
        catch (ApiException e)
        {
            seen["products.revalidated"] = e.StatusCode.ToString();
        }

        var lines = new List<LineItemRequest>
        {
            new() { Sku = "CL-METRO9-BLK", Quantity = 300 },
            new() { Sku = "CL-METRO9-NVY", Quantity = 100 },
        };
        var quote = await client.CreateQuoteAsync(new QuoteRequest { Lines = lines, Currency = Currency.KES, Incoterm = new IncotermRequest { Rule = Incoterm.CIF, Place = "KEMBA" }, DestinationCountry = "KE" });
        seen["quote.landedCost.mode"] = quote.LandedCost?.Mode.ToString() ?? "none";
        seen["quote.currency"] = quote.Currency.ToString();
        seen["quote.valid"] = quote.Valid.ToString();
        seen["quote.subtotal"] = quote.Totals.Subtotal.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var order = new PlaceOrderRequest
        {
            Lines = lines,
            BuyerReference = $"PO-NSWAG-{runId}",
            Currency = Currency.KES,
            Incoterm = new IncotermRequest { Rule = Incoterm.CIF, Place = "KEMBA" },
            ShipTo = new ShipTo { Name = "Nairobi Outfitters Ltd", AddressLine1 = "Mombasa Road 12", City = "Nairobi", Country = "KE" },
        };
        var preview = await client.ValidateOrderAsync(order);
        seen["validate.lines"] = preview.Lines.Count.ToString();
        seen["validate.currency"] = preview.Currency.ToString();

        var key = Guid.NewGuid().ToString();
        var placed = await client.PlaceOrderAsync(key, order);
        var replayed = await client.PlaceOrderAsync(key, order);
        seen["order.id"] = placed.Id;
        seen["order.status"] = placed.Status.ToString();
        seen["order.replayId"] = replayed.Id;
        seen["order.etag"] = placed.Etag;
        seen["order.headerEtag"] = client.LastETag ?? "";

        try
        {
            await client.PlaceOrderAsync(Guid.NewGuid().ToString(), new PlaceOrderRequest
            {
                Lines = [new LineItemRequest { Sku = "CL-METRO9-BLK", Quantity = 7 }],
                BuyerReference = $"PO-NSWAG-{runId}-SMALL",
                ShipTo = order.ShipTo,
            });
            seen["underMoq.status"] = "created";
        }
        catch (ApiException<OrderRulesProblemResponse> e)
        {
            seen["underMoq.status"] = e.StatusCode.ToString();
            seen["underMoq.codes"] = string.Join(",", e.Result.Violations.Select(v => v.Code));
        }

        var current = await client.GetOrderAsync(placed.Id, if_None_Match: null);
        try
        {
            await client.GetOrderAsync(placed.Id, if_None_Match: current.Etag);
            seen["order.revalidated"] = "200";
        }
        catch (ApiException e)
        {
            seen["order.revalidated"] = e.StatusCode.ToString();
        }

        var cancelled = await client.CancelOrderAsync(placed.Id, if_Match: current.Etag, new CancelOrderRequest { Reason = "Generated-client flow test" });
        seen["cancel.status"] = cancelled.Status.ToString();
        seen["cancel.etag"] = cancelled.Etag;

        try
        {
            await client.CancelOrderAsync(placed.Id, if_Match: current.Etag, new CancelOrderRequest { Reason = "again, with a stale ETag" });
            seen["staleCancel.status"] = "200";
        }
        catch (ApiException<ProblemResponse> e)
        {
            seen["staleCancel.status"] = e.StatusCode.ToString();
            seen["staleCancel.type"] = e.Result.Type.ToString();
        }

        var logo = new LineCustomizationRequest { Option = "logo-embroidery-5k", Placement = Placement.FrontPanel, Design = "NSWAG-LOGO", Colours = 2 };
        var customised = await client.PlaceOrderAsync(Guid.NewGuid().ToString(), new PlaceOrderRequest
        {
            Lines = [new LineItemRequest { Sku = "CL-CAMPUS8-BLK", Quantity = 312, Customizations = [logo] }],
            BuyerReference = $"PO-NSWAG-{runId}-OEM",
            Currency = Currency.USD,
            ShipTo = order.ShipTo,
        });
        seen["customised.status"] = customised.Status.ToString();
        var svg = System.Text.Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><text>NSWAG</text></svg>");
        var design = await client.UploadArtworkAsync(customised.Id, "NSWAG-LOGO", new FileParameter(new System.IO.MemoryStream(svg), "logo.svg", "image/svg+xml"));
        seen["artwork.state"] = design.State.ToString();
        seen["artwork.format"] = design.Artwork!.Format.ToString();
        using (var file = await client.GetArtworkAsync(customised.Id, "NSWAG-LOGO", if_None_Match: null))
        using (var copy = new System.IO.MemoryStream())
        {
            await file.Stream.CopyToAsync(copy);
            seen["artwork.roundTrip"] = copy.ToArray().SequenceEqual(svg).ToString();
        }

        var samples = await client.PlaceOrderAsync(Guid.NewGuid().ToString(), new PlaceOrderRequest
        {
            Type = OrderType.Sample,
            Lines = [new LineItemRequest { Sku = "CL-METRO9-BRG", Quantity = 2 }],
            BuyerReference = $"PO-NSWAG-{runId}-SMP",
            Currency = Currency.USD,
            ShipTo = order.ShipTo,
        });
        seen["sample.type"] = samples.Type.ToString();
        seen["sample.lines"] = string.Join(",", samples.Lines.Select(l => $"{l.Sku}:{l.Quantity}:{l.Sample}"));
        seen["sample.mode"] = samples.LandedCost?.Mode.ToString() ?? "none";
        seen["sample.depositPercent"] = samples.Payment.DepositPercent.ToString();

        return seen;
    }
}
