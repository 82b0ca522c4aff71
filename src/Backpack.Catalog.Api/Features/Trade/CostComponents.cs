namespace Backpack.Catalog.Api.Features.Trade;

/// <summary>The parts of a landed cost, who can pay them, and how sure a figure is.</summary>
public static class CostComponents
{
    public const string Goods = "goods";
    public const string ExportClearance = "export-clearance";
    public const string MainFreight = "main-freight";
    public const string Insurance = "insurance";
    public const string ImportDuty = "import-duty";
    public const string ImportVat = "import-vat";
    public const string OtherLevies = "other-levies";

    public static readonly IReadOnlyList<string> All = [Goods, ExportClearance, MainFreight, Insurance, ImportDuty, ImportVat, OtherLevies];

    public const string Seller = "seller";
    public const string Buyer = "buyer";

    public static readonly IReadOnlyList<string> Payers = [Seller, Buyer];

    public const string Firm = "firm";
    public const string Estimate = "estimate";
    public const string Unknown = "unknown";

    public static readonly IReadOnlyList<string> Firmnesses = [Firm, Estimate, Unknown];
}

/// <summary>Container sizes, by their usual short names.</summary>
public static class Containers
{
    public const string TwentyFoot = "20GP";
    public const string FortyFoot = "40GP";
    public const string FortyFootHighCube = "40HC";

    public static readonly IReadOnlyList<string> All = [TwentyFoot, FortyFoot, FortyFootHighCube];
}

/// <summary>What a freight lane's id may be; the admin chooses it, e.g. cnytn-kemba-sea-lcl.</summary>
public static class FreightLaneRules
{
    public const int MaxLaneIdLength = 64;
    public const string LaneIdPattern = "^[a-z0-9][a-z0-9-]{2,63}$";

    public static bool IsLaneId(string? id) => id is not null && System.Text.RegularExpressions.Regex.IsMatch(id, LaneIdPattern);
}
