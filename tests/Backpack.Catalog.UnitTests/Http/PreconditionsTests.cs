using Backpack.Catalog.Api.Infrastructure.Http;
using Microsoft.Extensions.Primitives;

namespace Backpack.Catalog.UnitTests.Http;

public sealed class PreconditionsTests
{
    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("\"v3\"", true)]
    [InlineData("*", true)]
    [InlineData("\"v1\", \"v3\"", true)]
    [InlineData("\"v2\"", false)]
    [InlineData("W/\"v3\"", false)]
    [InlineData("v3", false)]
    [InlineData("\"v3", false)]
    public void If_match_uses_the_strong_comparison(string? header, bool holds) =>
        Preconditions.IfMatchHolds(header is null ? StringValues.Empty : new StringValues(header), "\"v3\"").ShouldBe(holds);
}
