using Backpack.Catalog.Api.Features.Catalogue.ListProducts;

namespace Backpack.Catalog.UnitTests.Catalogue;

public sealed class ProductCursorTests
{
    [Fact]
    public void A_cursor_round_trips()
    {
        var cursor = new ProductCursor("capacity", "abc123", ProductCursor.FormatKey(9.5d), "classic-metro-9");
        var decoded = ProductCursor.TryDecode(cursor.Encode());

        decoded.ShouldBe(cursor);
        decoded!.TypedKey(ProductSortKey.Capacity).ShouldBe(9.5d);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64 at all!")]
    [InlineData("e30")] // {}
    [InlineData("bnVsbA")] // null
    [InlineData("W10")] // []
    public void Garbage_does_not_decode(string text) => ProductCursor.TryDecode(text).ShouldBeNull();

    [Theory]
    [InlineData(ProductSortKey.Capacity, "NaN")]
    [InlineData(ProductSortKey.Capacity, "Infinity")]
    [InlineData(ProductSortKey.Created, "12.5")]
    [InlineData(ProductSortKey.PriceAtMoq, "x")]
    public void Keys_of_the_wrong_type_are_rejected(ProductSortKey key, string value) =>
        new ProductCursor("any", "f", value, "id").TypedKey(key).ShouldBeNull();

    [Fact]
    public void Different_filters_have_different_fingerprints()
    {
        var kids = new ProductFilters(["kids"], null, null, null, null, null, null, null, null, null, null);
        var eco = kids with { Category = ["eco"] };
        ProductCursor.Fingerprint(kids, "en").ShouldNotBe(ProductCursor.Fingerprint(eco, "en"));
        ProductCursor.Fingerprint(kids, "en").ShouldBe(ProductCursor.Fingerprint(kids with { Category = ["kids"] }, "en"));
        ProductCursor.Fingerprint(kids, "en").ShouldNotBe(ProductCursor.Fingerprint(kids with { Category = ["kids", "eco"] }, "en"));
        ProductCursor.Fingerprint(kids, "de").ShouldNotBe(ProductCursor.Fingerprint(kids, "en"), "the German name order is another order");
        ProductCursor.Fingerprint(kids, "de").ShouldNotBe(ProductCursor.Fingerprint(kids, "ar"));
    }

    [Fact]
    public void Repeated_filter_values_are_one_set_whatever_their_order_or_repeats()
    {
        FilterValues.Normalise(["eco", "kids", "eco"]).ShouldBe(["eco", "kids"]);
        FilterValues.Normalise(["kids", "eco"]).ShouldBe(["eco", "kids"]);
        FilterValues.Normalise([]).ShouldBeNull();
    }
}
