using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Backpack.Kiota.Models;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace Backpack.Kiota;

/// <summary>
/// Compiled at test time with the client Kiota generates from api-docs/openapi.json (KiotaClientTests), never edited:
/// a storefront's reads and a distributor's quote and validation, written as a developer would from the generated types.
/// </summary>
public static class StorefrontFlow
{
    public static async Task<Dictionary<string, string>> RunAsync(HttpClient http)
    {
        var seen = new Dictionary<string, string>();
        using var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http)
        {
            BaseUrl = http.BaseAddress!.ToString().TrimEnd('/'),
        };
        var client = new BackpackClient(adapter);

        var kids = await client.V1.Products.GetAsync(r =>
        {
            r.QueryParameters.CategoryAsCategory = [Category.Kids];
            r.QueryParameters.Limit = 100;
        });
        seen["products.count"] = kids!.Items!.Count.ToString();
        seen["products.categories"] = string.Join(",", kids.Items.Select(p => p.Category).Distinct());
        seen["products.priceAtQuantity"] = kids.Items.Count(p => p.PriceAtQuantity is null).ToString();

        var product = await client.V1.Products[kids.Items[0].Id!].GetAsync();
        seen["product.id"] = product!.Id!;
        seen["product.skus"] = product.Variants!.Count.ToString();

        var quote = await client.V1.Quotes.PostAsync(new QuoteRequest
        {
            Currency = Currency.KES,
            Lines = [new LineItemRequest { Sku = "CL-METRO9-BLK", Quantity = 260 }, new LineItemRequest { Sku = "CL-METRO9-NVY", Quantity = 100 }],
        });
        seen["quote.valid"] = quote!.Valid.ToString()!;
        seen["quote.currency"] = quote.Currency.ToString()!;
        seen["quote.rate"] = quote.ExchangeRate!.Rate.ToString()!;
        seen["quote.nextTier"] = quote.Lines![0].NextTier?.MinQuantity?.ToString() ?? "none";
        seen["quote.subtotal"] = quote.Totals!.Subtotal!.Amount.ToString()!;

        try
        {
            await client.V1.Orders.Validate.PostAsync(new PlaceOrderRequest
            {
                BuyerReference = "PO-KIOTA-1",
                Lines = [new LineItemRequest { Sku = "CL-METRO9-BLK", Quantity = 90 }],
                ShipTo = new ShipTo { AddressLine1 = "Godown 14, Mombasa Road", City = "Nairobi", Country = "KE" },
            });
            seen["underMoq.status"] = "200";
        }
        catch (OrderRulesProblemResponse problem)
        {
            seen["underMoq.status"] = problem.ResponseStatusCode.ToString();
            seen["underMoq.codes"] = string.Join(",", problem.Violations!.Select(v => v.Code));
        }

        return seen;
    }
}
