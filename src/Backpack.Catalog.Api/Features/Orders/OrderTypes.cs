namespace Backpack.Catalog.Api.Features.Orders;

/// <summary>
/// What an order is for (the orders table's CHECK allows these). A bulk order meets MOQs and ships as the Incoterm says; a sample order
/// holds samples only (1 to each SKU's sample maximum, no MOQ or increments), goes by courier, and is paid in full before dispatch.
/// </summary>
public static class OrderTypes
{
    public const string Bulk = "bulk";
    public const string Sample = "sample";

    public static readonly IReadOnlyList<string> All = [Bulk, Sample];

    /// <summary>A sample order names no rule: it is delivered at the place, by courier, under DAP.</summary>
    public const string SampleIncoterm = "DAP";

    public const string SamplePaymentTerms = "Sample order: paid in full before dispatch by courier";

    /// <summary>The rules an order's type adds to its lines and shipping; they are violations of the order-rules 422 like every other.</summary>
    public static class Codes
    {
        public const string SampleLineOnBulkOrder = "sample_line_on_bulk_order";
        public const string BulkLineOnSampleOrder = "bulk_line_on_sample_order";
        public const string SampleNotByCourier = "sample_ships_by_courier";
        public const string PreProductionSampleNotApplicable = "pre_production_sample_not_applicable";
        public const string InspectionNotApplicable = "inspection_not_applicable";

        public static readonly IReadOnlyList<string> All =
            [SampleLineOnBulkOrder, BulkLineOnSampleOrder, SampleNotByCourier, PreProductionSampleNotApplicable, InspectionNotApplicable];
    }
}
