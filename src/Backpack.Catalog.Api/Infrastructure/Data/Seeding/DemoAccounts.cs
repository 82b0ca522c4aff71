namespace Backpack.Catalog.Api.Infrastructure.Data.Seeding;

/// <summary>The shape of <c>db/seed/demo-accounts.json</c>: two demo distributors and the published demo keys.</summary>
public sealed record DemoAccounts(IReadOnlyList<DemoDistributor> Distributors, IReadOnlyList<DemoKey> Keys);

public sealed record DemoDistributor(
    string Id, string CompanyName, string Country, string DefaultCurrency, string DefaultIncoterm, int DepositPercent, string PaymentTerms,
    Features.Payments.PaymentTermsDocument Terms);

public sealed record DemoKey(string Key, string Role, string? DistributorId, string Label);
