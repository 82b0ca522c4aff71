namespace Backpack.Catalog.Api.Features.Pricing;

/// <summary>Countries are ISO 3166-1 alpha-2 codes, checked for shape only.</summary>
public static class Countries
{
    public const string Pattern = "^[A-Z]{2}$";

    public const int CodeLength = 2;
}
