using System.Buffers.Text;
using System.Text;
using Backpack.Catalog.Api.Features.Catalogue.ListChanges;
using Backpack.Catalog.Api.Features.Catalogue.ListProducts;

namespace Backpack.Catalog.UnitTests.Catalogue;

public sealed class ChangeCursorTests
{
    [Theory]
    [InlineData(0L)]
    [InlineData(1L)]
    [InlineData(306L)]
    [InlineData(long.MaxValue)]
    public void A_cursor_round_trips_its_sequence(long sequence) => ChangeCursor.TryDecode(ChangeCursor.Encode(sequence)).ShouldBe(sequence);

    [Fact]
    public void The_start_cursor_is_before_the_first_sequence() => ChangeCursor.TryDecode(ChangeCursor.Start).ShouldBe(0L);

    [Fact]
    public void Cursors_are_opaque_url_safe_text()
    {
        var cursor = ChangeCursor.Encode(1234);

        cursor.ShouldNotContain("1234");
        cursor.ShouldMatch("^[A-Za-z0-9_-]+$");
    }

    [Fact]
    public void A_negative_sequence_cannot_be_encoded() => Should.Throw<ArgumentOutOfRangeException>(() => ChangeCursor.Encode(-1));

    [Theory]
    [InlineData("")]
    [InlineData("not base64 at all!")]
    [InlineData("e30")] // {}
    [InlineData("bnVsbA")] // null
    [InlineData("W10")] // []
    public void Garbage_does_not_decode(string text) => ChangeCursor.TryDecode(text).ShouldBeNull();

    [Theory]
    [InlineData("""{"feed":"catalogue-changes","after":-1}""")]
    [InlineData("""{"feed":"catalogue-changes","after":2.5}""")]
    [InlineData("""{"feed":"catalogue-changes","after":99999999999999999999}""")]
    [InlineData("""{"feed":"catalogue-changes"}""")]
    [InlineData("""{"feed":"orders","after":5}""")]
    [InlineData("""{"after":5}""")]
    public void Cursors_of_another_feed_or_out_of_range_do_not_decode(string json) =>
        ChangeCursor.TryDecode(Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json))).ShouldBeNull();

    [Fact]
    public void A_product_list_cursor_is_not_a_feed_cursor() =>
        ChangeCursor.TryDecode(new ProductCursor("name", "0123456789abcdef", "Metro", "classic-metro-9").Encode()).ShouldBeNull();
}
