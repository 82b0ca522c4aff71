namespace Backpack.Catalog.Api.Features.Pricing;

/// <summary>Ids of held quotes: <c>qt_</c> and 32 hex digits of a time-ordered UUID.</summary>
public static class QuoteIds
{
    public const string Pattern = "^qt_[0-9a-f]{32}$";

    public const int Length = 35;

    public static string New() => "qt_" + Guid.CreateVersion7().ToString("N");
}
