using Backpack.Catalog.Api.Features.Catalogue.ListProducts;
using Backpack.Catalog.Api.Infrastructure.Errors;

namespace Backpack.Catalog.UnitTests.Catalogue;

public sealed class ListProductsValidatorTests
{
    private static readonly ListProductsRequest.Validator Validator = new();

    public ListProductsValidatorTests() => ValidationSetup.UseJsonPropertyNames();

    [Fact]
    public void No_parameters_is_valid() => Validator.Validate(new ListProductsRequest()).IsValid.ShouldBeTrue();

    [Fact]
    public void Every_bad_parameter_is_reported_at_once()
    {
        var result = Validator.Validate(new ListProductsRequest
        {
            Category = ["backpacks"], Material = ["steel"], Certification = ["REACH", "ce"], Feature = ["jetpack"],
            MinCapacity = double.NaN, MaxCapacity = -1, MaxMoq = 0, Q = new string('x', 101), Sort = "price", Limit = 101,
            Cursor = new string('c', ListProductsRequest.MaxCursorLength + 1),
        });

        result.Errors.Select(e => e.PropertyName).Distinct().Order().ShouldBe(
            ["category", "certification", "cursor", "feature", "limit", "material", "maxCapacity", "maxMoq", "minCapacity", "q", "sort"]);
    }

    [Fact]
    public void A_repeatable_filter_names_only_its_unknown_values_and_takes_at_most_ten()
    {
        var unknown = Validator.Validate(new ListProductsRequest { Certification = ["REACH", "ce", "ul"] });
        unknown.Errors.ShouldHaveSingleItem().ErrorMessage.ShouldStartWith("Unknown certification 'ce', 'ul'.");

        var many = Validator.Validate(new ListProductsRequest { Category = [.. Enumerable.Repeat("kids", 11)] });
        many.Errors.ShouldHaveSingleItem().ErrorMessage.ShouldStartWith("At most 10 values of category");
        Validator.Validate(new ListProductsRequest { Category = [.. Enumerable.Repeat("kids", 10)] }).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Capacity_range_must_not_be_inverted()
    {
        var result = Validator.Validate(new ListProductsRequest { MinCapacity = 12, MaxCapacity = 8 });
        result.Errors.ShouldHaveSingleItem().PropertyName.ShouldBe("maxCapacity");
    }

    [Theory]
    [InlineData("name")]
    [InlineData("-name")]
    [InlineData("capacity")]
    [InlineData("-capacity")]
    [InlineData("priceAtMoq")]
    [InlineData("-priceAtMoq")]
    [InlineData("newest")]
    [InlineData("unitPrice")]
    [InlineData("-unitPrice")]
    public void Every_documented_sort_is_accepted(string sort) =>
        Validator.Validate(new ListProductsRequest { Sort = sort, PriceAtQuantity = 100 }).IsValid.ShouldBeTrue();

    [Fact]
    public void Blank_search_text_is_rejected() =>
        Validator.Validate(new ListProductsRequest { Q = "   " }).IsValid.ShouldBeFalse();
}
