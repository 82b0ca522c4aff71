namespace Backpack.Catalog.Api.Features.Admin.ReferenceData;

/// <summary>The three kinds of reference data; each table is stateless, so one instance serves every request.</summary>
public static class ReferenceTables
{
    public static readonly FreightLaneTable Lanes = new();
    public static readonly DutyRateTable Duties = new();
    public static readonly InsuranceTermsTable Insurance = new();
}
