namespace Backpack.Catalog.Api.Features.Orders;

/// <summary>Order ids: <c>ord_</c> and 32 hex digits of a time-ordered UUID, made by the app so no dialect is needed.</summary>
public static class OrderIds
{
    public const string Pattern = "^ord_[0-9a-f]{32}$";

    public const int Length = 36;

    public static string New() => "ord_" + Guid.CreateVersion7().ToString("N");

    public static bool IsWellFormed(string id) => id.Length == Length && System.Text.RegularExpressions.Regex.IsMatch(id, Pattern);
}
