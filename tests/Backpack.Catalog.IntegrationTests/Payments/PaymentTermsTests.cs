using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Backpack.Catalog.Api.Features.Admin.Distributors;
using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using Backpack.Catalog.IntegrationTests.Orders;

namespace Backpack.Catalog.IntegrationTests.Payments;

/// <summary>
/// Orders are held to their payment terms: a T/T 30/70 order starts production only once its deposit has arrived and ships only
/// once its balance has, an L/C order waits for a letter that is still valid and covers it, and an open account stops at its
/// credit limit. Every refusal says exactly what is missing.
/// </summary>
public sealed class PaymentTermsTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    private const string PaymentRequired = "https://backpack-catalog.dev/problems/payment-required";
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static object ShipToSaoPaulo => new { name = "Mochilas Paulista Ltda", addressLine1 = "Rua Augusta 1500", city = "São Paulo", country = "BR" };

    private static Task<HttpResponseMessage> PayAsync(HttpClient admin, string orderId, decimal amount, string currency, string reference) =>
        admin.PostAsJsonAsync($"/v1/admin/orders/{orderId}/payments", new { amount, currency, reference }, HttpAssertions.Json, Cancellation);

    private static async Task<JsonElement> MissingAsync(HttpResponseMessage refused)
    {
        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("type").GetString().ShouldBe(PaymentRequired);
        return problem.GetProperty("missing");
    }

    private async Task<(string Id, HttpClient Client)> AccountAsync(HttpClient admin, object terms, string country, string currency)
    {
        var account = await (await admin.PostAsJsonAsync("/v1/admin/distributors", new
        {
            companyName = $"Account {Guid.NewGuid():N}"[..20], country, defaultCurrency = currency, defaultIncoterm = "CIF", terms,
        }, HttpAssertions.Json, Cancellation)).ShouldBeJsonAsync<DistributorResponse>(HttpStatusCode.Created);
        var key = await (await admin.PostAsJsonAsync("/v1/admin/api-keys", new { role = "distributor", distributorId = account.Id, label = "test" },
            HttpAssertions.Json, Cancellation)).ShouldBeJsonAsync<JsonElement>(HttpStatusCode.Created);
        return (account.Id, api.ClientWithKey(key.GetProperty("key").GetString()!));
    }

    [Fact]
    public async Task A_tt_30_70_order_waits_for_its_deposit_to_start_and_for_its_balance_to_ship()
    {
        var admin = await api.AdminClientAsync();
        var order = await api.ClientWithKey(DemoKeys.Nairobi).PlaceValidOrderAsync(OrderBodies.Order("HK-RIDGE12-MOS", 100, "PO-TT-3070", "USD"));
        var payment = order.Payment;
        (payment.Method, payment.DepositPercent, payment.BalanceDue, payment.BalanceDueOn).ShouldBe(("tt", 30, "before-shipment", order.PromisedShipDate));
        var total = order.Totals.Total.Amount;
        payment.Deposit.Amount.ShouldBe(decimal.Round(total * 0.30m, 2, MidpointRounding.AwayFromZero));
        (payment.Paid.Amount, payment.Outstanding.Amount, payment.DepositDueOn).ShouldBe((0m, total, (DateOnly?)null));

        var confirmed = await admin.MoveAsync(order.Id, OrderStatus.Confirmed);
        confirmed.Payment.DepositDueOn.ShouldBe(DateOnly.FromDateTime(DateTime.UtcNow), "the deposit falls due on confirmation");
        var noDeposit = await MissingAsync(await admin.ChangeStatusAsync(order.Id, OrderStatus.InProduction));
        noDeposit[0].GetProperty("requirement").GetString().ShouldBe("deposit");
        noDeposit[0].GetProperty("outstanding").GetProperty("amount").GetDecimal().ShouldBe(payment.Deposit.Amount);
        await MissingAsync(await admin.ChangeStatusAsync(order.Id, OrderStatus.ReadyToShip));

        var paying = await PayAsync(admin, order.Id, 100.00m, "USD", "MT103-TT-1");
        var part = await paying.ShouldBeJsonAsync<OrderResponse>(HttpStatusCode.Created);
        (OrderRequests.ETagOf(paying), paying.Headers.Location!.OriginalString).ShouldBe((part.Etag, $"/v1/admin/orders/{order.Id}"));
        (part.Payment.Paid.Amount, part.Payment.Outstanding.Amount).ShouldBe((100.00m, total - 100.00m));
        part.History[^1].Step.ShouldBe("payment_recorded");
        var stillShort = await MissingAsync(await admin.ChangeStatusAsync(order.Id, OrderStatus.InProduction));
        stillShort[0].GetProperty("outstanding").GetProperty("amount").GetDecimal().ShouldBe(payment.Deposit.Amount - 100.00m);

        await PayAsync(admin, order.Id, payment.Deposit.Amount - 100.00m, "USD", "MT103-TT-2");
        await admin.MoveAsync(order.Id, OrderStatus.InProduction);
        await admin.MoveAsync(order.Id, OrderStatus.ReadyToShip);
        (await admin.BookShipmentAsync(order.Id, [(1, 100)], "MAEU262418097")).StatusCode.ShouldBe(HttpStatusCode.Created);
        var noBalance = await MissingAsync(await admin.ShipmentStatusAsync(order.Id, 1, "departed"));
        (noBalance[0].GetProperty("requirement").GetString(), noBalance[0].GetProperty("outstanding").GetProperty("amount").GetDecimal())
            .ShouldBe(("balance", payment.Balance.Amount));

        var over = await (await PayAsync(admin, order.Id, payment.Balance.Amount + 0.01m, "USD", "MT103-TT-3")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        over.GetProperty("type").GetString().ShouldBe("https://backpack-catalog.dev/problems/payment-conflict");
        (await (await PayAsync(admin, order.Id, 1.00m, "USD", "mt103-tt-2")).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("detail").GetString()!.ShouldContain("already recorded");
        (await (await PayAsync(admin, order.Id, 1.00m, "EUR", "MT103-TT-4")).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .GetProperty("errors").GetProperty("currency")[0].GetString().ShouldBe($"Order {order.Id} is in USD; record the payment in USD.");
        (await (await PayAsync(admin, order.Id, 1.001m, "USD", "MT103-TT-4")).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .GetProperty("errors").GetProperty("amount")[0].GetString().ShouldBe("amount has more decimals than USD has (2).");

        var paid = await (await PayAsync(admin, order.Id, payment.Balance.Amount, "USD", "MT103-TT-3")).ShouldBeJsonAsync<OrderResponse>(HttpStatusCode.Created);
        (paid.Payment.Outstanding.Amount, paid.Payment.Payments.Count).ShouldBe((0m, 3));
        (await (await admin.ShipmentStatusAsync(order.Id, 1, "departed")).ShouldBeJsonAsync<OrderResponse>()).Status.ShouldBe(OrderStatus.Shipped);
        (await (await admin.ShipmentStatusAsync(order.Id, 1, "delivered")).ShouldBeJsonAsync<OrderResponse>()).Status.ShouldBe(OrderStatus.Delivered);
        var events = await api.Database.ScalarAsync<long>($"SELECT COUNT(*) FROM outbox_messages WHERE order_id = '{order.Id}' AND event_type = 'order.payment_recorded'");
        events.ShouldBe(3, "each payment is announced");
    }

    [Fact]
    public async Task An_lc_order_is_blocked_by_an_expired_letter_and_by_one_that_does_not_cover_it()
    {
        var admin = await api.AdminClientAsync();
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        var letter = new { number = "LC-ITAU-2027-00418", issuingBank = "Itaú Unibanco S.A., São Paulo", amount = 60000.00m, currency = "USD", expiresOn = yesterday };
        var (accountId, saoPaulo) = await AccountAsync(admin, new { method = "lc", depositPercent = 0, balanceDue = "before-shipment", letterOfCredit = letter }, "BR", "BRL");

        var order = await saoPaulo.PlaceValidOrderAsync(new
        {
            buyerReference = "PO-SP-LC-1", shipTo = ShipToSaoPaulo, incoterm = new { rule = "CIF", place = "BRSSZ" },
            lines = new[] { new { sku = "CL-METRO9-NVY", quantity = 100 } },
        });
        (order.Currency, order.Payment.Method, order.Payment.LetterOfCredit!.Number).ShouldBe(("BRL", "lc", "LC-ITAU-2027-00418"));
        await admin.MoveAsync(order.Id, OrderStatus.Confirmed);
        var expired = await MissingAsync(await admin.ChangeStatusAsync(order.Id, OrderStatus.InProduction));
        expired.EnumerateArray().Select(m => m.GetProperty("requirement").GetString()).ShouldBe(["letter-of-credit-expired"]);
        expired[0].GetProperty("detail").GetString().ShouldBe(
            $"L/C LC-ITAU-2027-00418 of Itaú Unibanco S.A., São Paulo expired on {yesterday:yyyy-MM-dd}: the buyer's bank must extend it by an amendment before the order goes on.");

        var amended = await (await admin.PutAsJsonAsync($"/v1/admin/distributors/{accountId}/payment-terms", new
        {
            method = "lc", depositPercent = 0, balanceDue = "before-shipment", letterOfCredit = letter with { amount = 500.00m, expiresOn = yesterday.AddYears(1) },
        }, HttpAssertions.Json, Cancellation)).ShouldBeJsonAsync<DistributorResponse>();
        amended.PaymentTerms.ShouldBe("L/C LC-ITAU-2027-00418: 100 % before shipment");
        var small = await saoPaulo.PlaceValidOrderAsync(new
        {
            buyerReference = "PO-SP-LC-2", shipTo = ShipToSaoPaulo, incoterm = new { rule = "CIF", place = "BRSSZ" },
            lines = new[] { new { sku = "CL-METRO9-NVY", quantity = 100 } },
        });
        await admin.MoveAsync(small.Id, OrderStatus.Confirmed);
        var short_ = await MissingAsync(await admin.ChangeStatusAsync(small.Id, OrderStatus.InProduction));
        short_.EnumerateArray().Select(m => m.GetProperty("requirement").GetString()).ShouldBe(["letter-of-credit-amount"]);
        var amendedFirst = await MissingAsync(await admin.ChangeStatusAsync(order.Id, OrderStatus.InProduction));
        amendedFirst.EnumerateArray().Select(m => m.GetProperty("requirement").GetString()).ShouldBe(["letter-of-credit-amount"],
            "the amendment under the same number extended the letter the first order holds, but not to its amount");
    }

    [Fact]
    public async Task Terms_that_do_not_hold_together_are_a_400_naming_each_field()
    {
        var admin = await api.AdminClientAsync();
        var refused = await admin.PostAsJsonAsync("/v1/admin/distributors", new
        {
            companyName = "Broken Terms Ltd", country = "BR", defaultCurrency = "BRL", defaultIncoterm = "CIF",
            terms = new { method = "lc", depositPercent = 101, balanceDue = "before-shipment", balanceDays = 30, creditLimitUsd = 100m },
        }, HttpAssertions.Json, Cancellation);
        var errors = (await refused.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal).ShouldBe(
            ["terms.balanceDays", "terms.creditLimitUsd", "terms.depositPercent", "terms.letterOfCredit"]);
        errors.GetProperty("terms.letterOfCredit")[0].GetString()
            .ShouldBe("letterOfCredit is required with lc: its number, issuing bank, amount, currency and expiry.");

        var partLetter = await admin.PutAsJsonAsync("/v1/admin/distributors/dst_nairobi-outfitters/payment-terms", new
        {
            method = "lc", depositPercent = 30, balanceDue = "before-shipment", letterOfCredit = new { issuingBank = "KCB", currency = "USD", expiresOn = "2030-01-01" },
        }, HttpAssertions.Json, Cancellation);
        (await partLetter.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal)
            .ToList().ShouldBe(["letterOfCredit.amount", "letterOfCredit.number"]);
    }

    [Fact]
    public async Task An_open_account_order_past_the_credit_limit_is_refused_with_the_headroom_left()
    {
        var admin = await api.AdminClientAsync();
        var (_, account) = await AccountAsync(admin,
            new { method = "open-account", depositPercent = 0, balanceDue = "after-shipment", balanceDays = 60, creditLimitUsd = 1500.00m }, "DE", "USD");
        var orders = await api.Database.ScalarAsync<long>("SELECT COUNT(*) FROM orders");

        var first = await account.PlaceValidOrderAsync(new
        {
            buyerReference = "PO-OA-1", shipTo = OrderBodies.ShipToNairobi, incoterm = new { rule = "CIF", place = "KEMBA" },
            lines = new[] { new { sku = "CL-METRO9-NVY", quantity = 100 } },
        });
        first.Payment.BalanceDueOn.ShouldBe(first.PromisedShipDate.AddDays(60));
        var refused = await account.PlaceOrderAsync(new
        {
            buyerReference = "PO-OA-2", shipTo = OrderBodies.ShipToNairobi, incoterm = new { rule = "CIF", place = "KEMBA" },
            lines = new[] { new { sku = "CL-METRO9-NVY", quantity = 100 } },
        });
        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("type").GetString().ShouldBe("https://backpack-catalog.dev/problems/credit-limit-exceeded");
        var exposure = problem.GetProperty("exposure").GetProperty("amount").GetDecimal();
        exposure.ShouldBe(first.Totals.Total.Amount);
        problem.GetProperty("headroom").GetProperty("amount").GetDecimal().ShouldBe(1500.00m - exposure);
        (await api.Database.ScalarAsync<long>("SELECT COUNT(*) FROM orders")).ShouldBe(orders + 1, "the refused order wrote nothing");
    }
}
