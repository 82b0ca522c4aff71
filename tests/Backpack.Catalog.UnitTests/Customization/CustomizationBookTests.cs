using Backpack.Catalog.Api.Features.Customization;
using Backpack.Catalog.Api.Features.Pricing;

namespace Backpack.Catalog.UnitTests.Customization;

/// <summary>The pricing rules the worked example does not reach: the ladder's upper rungs, fees per colour, designs that differ.</summary>
public sealed class CustomizationBookTests
{
    private static readonly CustomizationOption ScreenPrint = new(
        "screen-print", CustomizationVocabulary.ScreenPrint, "Screen print", ["front-panel", "flap"], 4, null, null, null,
        [new(500, 45), new(1000, 35), new(3000, 28)], 2500, CustomizationVocabulary.PerColour, 500, 10, ["pdf"], ["classic"], [], 1);

    private static readonly CustomizationOption Label = new(
        "woven-label", CustomizationVocabulary.WovenLabel, "Woven label", ["inside-label"], 6, null, null, null,
        [new(500, 18)], 3000, CustomizationVocabulary.PerDesign, 500, 7, ["pdf"], [], ["TC-SENT12-BLK"], 1);

    private static readonly Dictionary<string, CustomizationOption> Options = new() { [ScreenPrint.Id] = ScreenPrint, [Label.Id] = Label };

    private static LineCustomizationRequest Asked(string option, string placement, string design, int? colours = null) =>
        new() { Option = option, Placement = placement, Design = design, Colours = colours };

    private static CustomizationLine Line(int number, string sku, string family, int quantity, params LineCustomizationRequest[] asked) =>
        new(number, sku, family, quantity, false, asked);

    [Fact]
    public void Each_line_pays_the_rung_its_own_quantity_reaches_and_a_per_colour_fee_counts_the_designs_colours()
    {
        var pricing = CustomizationBook.Evaluate([
            Line(1, "CL-METRO9-BLK", "classic", 2400, Asked("screen-print", "front-panel", "LOGO", 3)),
            Line(2, "CL-METRO9-NVY", "classic", 600, Asked("screen-print", "front-panel", "LOGO", 2)),
        ], Options);

        pricing.For(1).Items.Single().UnitSurchargeCents.ShouldBe(35, "2,400 units reach the 1,000 rung, not the 3,000 one");
        pricing.For(1).Items.Single().SurchargeCents.ShouldBe(35 * 2400);
        pricing.For(2).Items.Single().UnitSurchargeCents.ShouldBe(45);
        var fee = pricing.SetupFees.ShouldHaveSingleItem();
        (fee.Colours, fee.FeeCents).ShouldBe((3, 3 * 2500), "one screen per colour, for the most colours the design is given");
        pricing.TotalCents.ShouldBe((35 * 2400) + (45 * 600) + (3 * 2500));
        pricing.For(1).ExtraLeadDays.ShouldBe(10);
    }

    [Fact]
    public void Designs_are_counted_apart_and_an_option_named_by_sku_applies_to_that_sku_only()
    {
        var pricing = CustomizationBook.Evaluate([
            Line(1, "TC-SENT12-BLK", "tactical", 300, Asked("woven-label", "inside-label", "A"), Asked("screen-print", "flap", "A", 1)),
            Line(2, "TC-SENT12-BLK-X", "tactical", 300, Asked("woven-label", "inside-label", "B")),
            Line(3, "TC-PATROL10-BLK", "tactical", 300),
        ], Options);

        pricing.For(1).Violations.Select(v => v.Code).ShouldBe([PriceBook.Codes.BelowCustomizationMoq, PriceBook.Codes.CustomizationNotOffered]);
        pricing.For(2).Violations.Select(v => v.Code).ShouldBe([PriceBook.Codes.CustomizationNotOffered]);
        pricing.For(3).ShouldBe(LineCustomizations.None);
        pricing.SetupFees.Select(f => $"{f.Option}/{f.Design}").ShouldBe(["woven-label/A"], "fees are for what the SKUs offer");
    }

    [Fact]
    public void Lines_without_customisations_cost_nothing_and_read_no_option()
    {
        CustomizationBook.Evaluate([Line(1, "CL-METRO9-BLK", "classic", 100)], new Dictionary<string, CustomizationOption>())
            .ShouldBe(CustomizationPricing.Empty);
    }

    [Fact]
    public void A_design_below_its_moq_on_many_lines_is_explained_within_the_documented_message_length()
    {
        var design = new string('D', LineCustomizationRequest.MaxDesignLength);
        var lines = Enumerable.Range(1, 100).Select(n => Line(n, $"CL-SKU-{n}", "classic", 1, Asked("screen-print", "front-panel", design))).ToList();

        var message = CustomizationBook.Evaluate(lines, Options).For(100).Violations.ShouldHaveSingleItem().Message;

        message.ShouldBe($"{design} by screen-print is on 100 units across 100 lines; its MOQ per design is 500. Add 400 more.");
        message.Length.ShouldBeLessThanOrEqualTo(Backpack.Catalog.Api.Features.Pricing.QuotePreview.ViolationResponse.MaxMessageLength);
    }
}
