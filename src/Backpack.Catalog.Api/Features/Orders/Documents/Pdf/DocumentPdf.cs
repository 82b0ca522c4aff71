using System.Globalization;
using Backpack.Catalog.Api.Features.Pricing;

namespace Backpack.Catalog.Api.Features.Orders.Documents.Pdf;

/// <summary>Prints a trade document: the same figures as its JSON, laid out as a customs broker expects to read them.</summary>
public static class DocumentPdf
{
    private sealed record Column(string Header, double Width, bool Right, Func<DocumentLineResponse, string> Value);

    public static byte[] Render(TradeDocumentResponse d)
    {
        using var sheet = new PdfSheet($"{d.Title} {d.Number}");
        Header(sheet, d);
        Parties(sheet, d);
        Terms(sheet, d);
        Table(sheet, d);
        Totals(sheet, d);
        Closing(sheet, d);
        return sheet.Finish($"Backpack.Catalog · {d.Title} {d.Number} · order {d.OrderId} · the seller named is a demo identity");
    }

    private static void Header(PdfSheet sheet, TradeDocumentResponse d)
    {
        sheet.Text(d.Title, sheet.Heading, 0, 300);
        var facts = new List<(string, string)> { ("No.", d.Number), ("Date", Date(d.IssuedOn)), ("Order", d.OrderId), ("Buyer's PO", d.BuyerReference) };
        if (d.Shipment is { } shipment)
        {
            facts.Add(("Shipment", shipment.ToString(CultureInfo.InvariantCulture)));
        }

        var top = sheet.Y;
        foreach (var (label, value) in facts)
        {
            sheet.Text(label, sheet.Bold, sheet.Width - 250, 70);
            sheet.Text(value, sheet.Regular, sheet.Width - 180, 180, right: true);
            sheet.Y += sheet.Regular.Height + 2;
        }

        sheet.Y = Math.Max(sheet.Y, top + sheet.Heading.Height) + 8;
        sheet.Rule(1);
        sheet.Y += 6;
    }

    private static void Parties(PdfSheet sheet, TradeDocumentResponse d)
    {
        var parties = new[] { ("Seller / exporter", d.Seller), ("Buyer", d.Buyer), ("Consignee", d.Consignee) };
        var width = sheet.Width / 3;
        var top = sheet.Y;
        var deepest = top;
        foreach (var ((label, party), index) in parties.Select((p, i) => (p, i)))
        {
            sheet.Y = top;
            var x = index * width;
            sheet.Text(label, sheet.Bold, x, width - 8);
            sheet.Y += sheet.Bold.Height + 2;
            foreach (var line in new[] { party.Name }.Concat(party.AddressLines).Append(party.Country).Concat(party.TaxId is { } tax ? [tax] : []))
            {
                sheet.Y += sheet.Wrapped(line, sheet.Regular, x, width - 8);
            }

            deepest = Math.Max(deepest, sheet.Y);
        }

        sheet.Y = deepest + 6;
    }

    private static void Terms(PdfSheet sheet, TradeDocumentResponse d)
    {
        var place = d.Incoterm.PlaceName is { } name ? $"{name} ({d.Incoterm.Place})" : d.Incoterm.Place;
        var rows = new List<string> { $"Incoterms® 2020: {d.Incoterm.Rule} {place}    Currency: {d.Currency}" };
        if (d.Transport is { } t)
        {
            rows.Add($"{t.Mode} by {t.Carrier}" + (t.TransportDocument is { } doc ? $", {Label(doc.Type)} {doc.Number}" : "") +
                (t.Vessel is null ? "" : $", vessel {t.Vessel}{(t.Voyage is null ? "" : " voyage " + t.Voyage)}") +
                $", {t.PortOfLoading} → {t.PortOfDischarge}, {(d.Type == TradeDocumentTypes.ProformaInvoice ? "ETD" : "shipped")} {Date(t.Etd)}");
            // Four containers to a row, so that every number and seal is printed however many there are.
            foreach (var chunk in t.Containers.Chunk(4))
            {
                rows.Add("Containers: " + string.Join(", ", chunk.Select(c => $"{c.Number} ({c.Type}{(c.Seal is null ? "" : ", seal " + c.Seal)})")));
            }
        }

        sheet.Fill((rows.Count * (sheet.Regular.Height + 2)) + 6);
        sheet.Y += 3;
        foreach (var row in rows)
        {
            sheet.Text(row, sheet.Regular, 4, sheet.Width - 8);
            sheet.Y += sheet.Regular.Height + 2;
        }

        sheet.Y += 10;
    }

    private static void Table(PdfSheet sheet, TradeDocumentResponse d)
    {
        var columns = Columns(d.Type);
        var scale = sheet.Width / columns.Sum(c => c.Width);
        void Row(Func<Column, string> text, bool bold)
        {
            sheet.Need(sheet.Cell.Height + 4);
            var x = 0.0;
            foreach (var column in columns)
            {
                sheet.Text(text(column), bold ? sheet.CellHeader : sheet.Cell, x + 2, (column.Width * scale) - 4, column.Right);
                x += column.Width * scale;
            }

            sheet.Y += sheet.Cell.Height + 3;
        }

        Row(c => c.Header, true);
        sheet.Rule();
        sheet.Y += 2;
        foreach (var line in d.Lines)
        {
            Row(c => c.Value(line), false);
        }

        sheet.Rule();
        sheet.Y += 4;
    }

    private static List<Column> Columns(string type)
    {
        var head = new List<Column> { new("#", 16, false, l => N(l.Line)), new("SKU", 90, false, l => l.Sku), new("Description", 160, false, l => l.Description) };
        return type switch
        {
            TradeDocumentTypes.PackingList =>
            [
                .. head, new("Ctns", 28, true, l => N(l.Cartons)), new("C/Nos", 40, true, l => l.CartonNumbers ?? ""), new("Units", 36, true, l => N(l.Quantity)),
                new("Per ctn", 34, true, l => N(l.UnitsPerCarton)), new("Net kg", 42, true, l => Kg(l.NetWeightKg)), new("Gross kg", 44, true, l => Kg(l.GrossWeightKg)),
                new("Carton cm", 58, true, l => l.CartonDimensionsCm ?? ""), new("CBM", 34, true, l => l.Cbm?.ToString("0.000", CultureInfo.InvariantCulture) ?? ""),
            ],
            TradeDocumentTypes.CertificateOfOrigin =>
            [
                .. head, new("HS code", 50, false, l => l.HsCode), new("Origin", 36, false, l => l.OriginCountry), new("Units", 44, true, l => N(l.Quantity)),
                new("Cartons", 40, true, l => N(l.Cartons)), new("Gross kg", 50, true, l => Kg(l.GrossWeightKg)),
            ],
            _ =>
            [
                .. head, new("HS code", 50, false, l => l.HsCode), new("Origin", 36, false, l => l.OriginCountry), new("Qty", 44, true, l => N(l.Quantity)),
                new("Unit price", 56, true, l => Amount(l.UnitPrice)), new("Amount", 66, true, l => Amount(l.Amount)),
            ],
        };
    }

    private static void Totals(PdfSheet sheet, TradeDocumentResponse d)
    {
        var rows = new List<(string Label, string Value, bool Bold)>();
        var t = d.Totals;
        if (t.Total is { } total)
        {
            rows.Add(("Goods", Amount(t.Goods), false));
            rows.AddRange(d.Charges.Select(c => (c.Description, Amount(c.Amount), false)));
            rows.Add(($"Total {d.Currency}", Amount(total), true));
        }
        else
        {
            rows.Add(("Units", N(t.Units), false));
            rows.Add(("Cartons", N(t.Cartons), false));
            if (t.NetWeightKg is { } net)
            {
                rows.Add(("Net weight kg", Kg(net), false));
            }

            rows.Add(("Gross weight kg", Kg(t.GrossWeightKg), true));
            if (t.Cbm is { } cbm)
            {
                rows.Add(("Volume m³", cbm.ToString("0.000", CultureInfo.InvariantCulture), true));
            }
        }

        foreach (var (label, value, bold) in rows)
        {
            sheet.Need(sheet.Regular.Height + 3);
            sheet.Text(label, bold ? sheet.Bold : sheet.Regular, sheet.Width - 330, 250, right: true);
            sheet.Text(value, bold ? sheet.Bold : sheet.Regular, sheet.Width - 75, 75, right: true);
            sheet.Y += sheet.Regular.Height + 3;
        }

        sheet.Y += 8;
    }

    private static void Closing(PdfSheet sheet, TradeDocumentResponse d)
    {
        if (d.Payment is { } p)
        {
            Paragraph(sheet, "Payment", $"{p.Terms}. Deposit {Amount(p.Deposit)}, balance {Amount(p.Balance)} due {Date(p.BalanceDueOn)}; " +
                $"received {Amount(p.Paid)}, outstanding {Amount(p.Outstanding)} {d.Currency}.");
        }

        if (d.Marks.Count > 0)
        {
            Paragraph(sheet, "Shipping marks", string.Join(" / ", d.Marks));
        }

        if (d.Declaration is { } declaration)
        {
            Paragraph(sheet, "Declaration", declaration);
        }
    }

    private static void Paragraph(PdfSheet sheet, string heading, string text)
    {
        sheet.Need(40);
        sheet.Text(heading, sheet.Bold, 0, sheet.Width);
        sheet.Y += sheet.Bold.Height + 2;
        sheet.Y += sheet.Wrapped(text, sheet.Regular, 0, sheet.Width) + 6;
    }

    private static string Label(string documentType) => documentType switch
    {
        Shipments.TransportDocuments.AirWaybill => "AWB",
        Shipments.TransportDocuments.CourierWaybill => "waybill",
        _ => "B/L",
    };

    private static string N(int? value) => value?.ToString("N0", CultureInfo.InvariantCulture) ?? "";

    private static string Kg(decimal? value) => value?.ToString("N2", CultureInfo.InvariantCulture) ?? "";

    private static string Amount(Money? money) =>
        money is null ? "" : money.Amount.ToString("N" + Currencies.ByCode[money.Currency].MinorUnits, CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
