using Backpack.Catalog.Api.Features.Pricing;

namespace Backpack.Catalog.Api.Features.Customization;

/// <summary>A requested line as customisation pricing sees it: its position, its SKU's family, how many, and what it asks for.</summary>
public sealed record CustomizationLine(int Number, string Sku, string Family, int Quantity, bool Sample, IReadOnlyList<LineCustomizationRequest> Asked);

/// <summary>One customisation of a line, priced when its option is known: the surcharge per unit at the line's quantity, and for the line.</summary>
public sealed record PricedCustomization(LineCustomizationRequest Asked, CustomizationOption? Option, long? UnitSurchargeCents, long? SurchargeCents)
{
    public int Colours => Asked.Colours ?? 1;
}

/// <summary>A line's customisations, the rules they break, and the days the slowest adds to its ship date.</summary>
public sealed record LineCustomizations(IReadOnlyList<PricedCustomization> Items, IReadOnlyList<Violation> Violations, int ExtraLeadDays)
{
    public static readonly LineCustomizations None = new([], [], 0);

    public long SurchargeCents => Items.Sum(i => i.SurchargeCents ?? 0);
}

/// <summary>The one-time fee for a design of an option, charged once however many lines carry it.</summary>
public sealed record SetupFee(string Option, string Method, string Design, int Colours, long FeeCents, IReadOnlyList<int> Lines);

public sealed record CustomizationPricing(IReadOnlyDictionary<int, LineCustomizations> ByLine, IReadOnlyList<SetupFee> SetupFees)
{
    public static readonly CustomizationPricing Empty = new(new Dictionary<int, LineCustomizations>(), []);

    public LineCustomizations For(int line) => ByLine.GetValueOrDefault(line, LineCustomizations.None);

    public long SetupFeeCents => SetupFees.Sum(f => f.FeeCents);

    public long TotalCents => ByLine.Values.Sum(l => l.SurchargeCents) + SetupFeeCents;
}

/// <summary>
/// Customisation rules, pure and exact (USD cents), as the trade prices them: a surcharge per unit from the option's ladder
/// at the line's quantity, and a setup fee once per design (or per colour of it). A design's MOQ counts every bulk line that
/// carries it. Every broken rule is reported, each on the line it concerns.
/// </summary>
public static class CustomizationBook
{
    public static CustomizationPricing Evaluate(IReadOnlyList<CustomizationLine> lines, IReadOnlyDictionary<string, CustomizationOption> options)
    {
        if (lines.All(l => l.Asked.Count == 0))
        {
            return CustomizationPricing.Empty;
        }

        var designs = lines
            .Where(l => !l.Sample && l.Quantity > 0)
            .SelectMany(l => l.Asked.Select(a => (Line: l, Asked: a)))
            .Where(d => options.TryGetValue(d.Asked.Option!, out var o) && o.AppliesTo(d.Line.Family, d.Line.Sku))
            .GroupBy(d => (Option: d.Asked.Option!, Design: d.Asked.Design!))
            .ToDictionary(g => g.Key, g => g.ToList());

        var byLine = lines.Where(l => l.Asked.Count > 0).ToDictionary(l => l.Number, l => EvaluateLine(l, options, designs));
        var fees = designs.Select(d =>
            {
                var option = options[d.Key.Option];
                var colours = d.Value.Max(x => x.Asked.Colours ?? 1);
                return new SetupFee(option.Id, option.Method, d.Key.Design, colours, option.SetupFeeCentsFor(colours),
                    d.Value.Select(x => x.Line.Number).Distinct().Order().ToList());
            })
            .OrderBy(f => f.Lines[0]).ThenBy(f => f.Option, StringComparer.Ordinal).ThenBy(f => f.Design, StringComparer.Ordinal)
            .ToList();
        return new CustomizationPricing(byLine, fees);
    }

    private static LineCustomizations EvaluateLine(
        CustomizationLine line, IReadOnlyDictionary<string, CustomizationOption> options,
        Dictionary<(string Option, string Design), List<(CustomizationLine Line, LineCustomizationRequest Asked)>> designs)
    {
        var violations = new List<Violation>();
        if (line.Sample)
        {
            violations.Add(new(PriceBook.Codes.CustomizationOnSample,
                $"A sample of {line.Sku} ships from stock as it is; customisations go on bulk lines."));
        }

        var items = new List<PricedCustomization>();
        var placements = new HashSet<string>(StringComparer.Ordinal);
        foreach (var asked in line.Asked)
        {
            if (!options.TryGetValue(asked.Option!, out var option))
            {
                violations.Add(new(PriceBook.Codes.CustomizationUnknown, $"No customisation option is called {asked.Option}; the product's customizationOptions list those on offer."));
                items.Add(new(asked, null, null, null));
                continue;
            }

            if (!option.AppliesTo(line.Family, line.Sku))
            {
                violations.Add(new(PriceBook.Codes.CustomizationNotOffered, $"{option.Id} is not offered on {line.Sku}; see its product's customizationOptions."));
            }

            if (!option.Placements.Contains(asked.Placement!, StringComparer.Ordinal))
            {
                violations.Add(new(PriceBook.Codes.PlacementNotAllowed,
                    $"{option.Id} goes on {string.Join(", ", option.Placements)}; not on {asked.Placement}."));
            }
            else if (!placements.Add(asked.Placement!))
            {
                violations.Add(new(PriceBook.Codes.PlacementTaken, $"Two customisations of {line.Sku} go on its {asked.Placement}; give each its own placement."));
            }

            if (option.MaxColours is { } most && (asked.Colours ?? 1) > most)
            {
                violations.Add(new(PriceBook.Codes.TooManyColours, $"{option.Id} takes designs of at most {most} colours; {asked.Design} has {asked.Colours}."));
            }

            if (option.MaxStitchCount is { } band && asked.StitchCount > band)
            {
                violations.Add(new(PriceBook.Codes.StitchCountOverBand,
                    $"{asked.Design} has {asked.StitchCount:N0} stitches; {option.Id} is priced up to {band:N0}. Choose a higher band."));
            }

            if (!line.Sample && line.Quantity > 0 && designs.TryGetValue((option.Id, asked.Design!), out var carriers))
            {
                var units = carriers.Sum(c => (long)c.Line.Quantity);
                if (units < option.MoqPerDesign)
                {
                    violations.Add(new(PriceBook.Codes.BelowCustomizationMoq,
                        $"{asked.Design} by {option.Id} is on {units} units across {LinesOf(carriers.Select(c => c.Line.Number))}; " +
                        $"its MOQ per design is {option.MoqPerDesign}. Add {option.MoqPerDesign - units} more."));
                }
            }

            var unit = option.UnitSurchargeCentsAt(Math.Max(line.Quantity, 0));
            items.Add(new(asked, option, unit, line.Quantity > 0 ? unit * line.Quantity : null));
        }

        var extraDays = items.Where(i => i.Option is not null).Select(i => i.Option!.ExtraLeadDays).DefaultIfEmpty(0).Max();
        return new LineCustomizations(items, violations, extraDays);
    }

    /// <summary>The lines by number while they are few, else their count: a message stays within its documented length.</summary>
    private static string LinesOf(IEnumerable<int> numbers)
    {
        var lines = numbers.Distinct().Order().ToList();
        return lines.Count <= 10 ? $"line{(lines.Count == 1 ? "" : "s")} {string.Join(", ", lines)}" : $"{lines.Count} lines";
    }
}
