using Backpack.Catalog.Api.Features.Catalogue.Localization;
using Microsoft.AspNetCore.Http;

namespace Backpack.Catalog.UnitTests.Catalogue;

public sealed class LanguageNegotiationTests
{
    [Theory]
    [InlineData(null, "en")]
    [InlineData("", "en")]
    [InlineData("de", "de")]
    [InlineData("de-AT", "de")]
    [InlineData("DE-ch", "de")]
    [InlineData("pt-PT, pt;q=0.8", "pt-BR")]
    [InlineData("ar-SA,ar;q=0.9,en;q=0.5", "ar")]
    [InlineData("en;q=0.2, fr;q=0.9", "fr")]
    [InlineData("ja, zh-CN;q=0.9, fr;q=0.1", "fr")]
    [InlineData("ja, zh-CN;q=0.9", "en")]
    [InlineData("*", "en")]
    [InlineData("fr;q=0, de;q=0.3", "de")]
    [InlineData("fr;q=0", "en")]
    [InlineData("de, fr", "de")]
    [InlineData("q=;;,==,", "en")]
    public void Accept_Language_chooses_the_best_weighted_range_the_catalogue_is_written_in(string? header, string expected) =>
        LanguageNegotiation.Choose(null, header).ShouldBe(expected);

    [Fact]
    public void Lang_wins_over_the_header() => LanguageNegotiation.Choose("ar", "de").ShouldBe("ar");

    [Fact]
    public void The_answer_says_its_language_and_keeps_what_it_already_varied_by()
    {
        var response = new DefaultHttpContext().Response;
        response.Headers.Vary = "X-Api-Key";
        LanguageNegotiation.Answer(response, "pt-BR");
        response.Headers.ContentLanguage.ToString().ShouldBe("pt-BR");
        response.Headers.Vary.ToString().ShouldBe("X-Api-Key, Accept-Language");
    }
}
