using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Backpack.Catalog.Api.Features.Payments;

/// <summary>How a distributor pays (the vocabulary the terms JSON and the API use).</summary>
public static class PaymentMethods
{
    public const string TelegraphicTransfer = "tt";
    public const string LetterOfCredit = "lc";
    public const string OpenAccount = "open-account";
    public const string Escrow = "escrow";

    public static readonly IReadOnlyList<string> All = [TelegraphicTransfer, LetterOfCredit, OpenAccount, Escrow];
}

/// <summary>When the balance (what the deposit leaves) is due.</summary>
public static class BalanceDue
{
    public const string BeforeShipment = "before-shipment";
    public const string AgainstBlCopy = "against-bl-copy";
    public const string AfterShipment = "after-shipment";

    public static readonly IReadOnlyList<string> All = [BeforeShipment, AgainstBlCopy, AfterShipment];
}

/// <summary>A letter of credit the buyer's bank opened for the supplier: production and shipment need it valid and covering the order.</summary>
public sealed record LetterOfCredit(string Number, string IssuingBank, decimal Amount, string Currency, DateOnly ExpiresOn)
{
    public bool IsValidOn(DateOnly day) => day <= ExpiresOn;
}

/// <summary>
/// A distributor's payment terms, as orders copy them at placement: the method, the deposit due on confirmation, when the balance is
/// due, and for open account the credit limit (USD cents), for L/C the letter itself.
/// </summary>
public sealed record PaymentTerms(
    string Method, int DepositPercent, string BalanceDue, int? BalanceDays, long? CreditLimitUsdCents, LetterOfCredit? LetterOfCredit)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>What an order placed before structured terms is held to: T/T, its deposit, the balance before shipment.</summary>
    public static PaymentTerms Legacy(int depositPercent) => new(PaymentMethods.TelegraphicTransfer, depositPercent, Payments.BalanceDue.BeforeShipment, null, null, null);

    /// <summary>A sample order is paid in full before it is sent, whatever the account's terms.</summary>
    public static readonly PaymentTerms SampleOrder = new(PaymentMethods.TelegraphicTransfer, 100, Payments.BalanceDue.BeforeShipment, null, null, null);

    public static PaymentTerms? Parse(string? json) => json is null ? null : JsonSerializer.Deserialize<PaymentTerms>(json, Json);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The terms in words, as they are printed on orders and documents.</summary>
    public string Describe()
    {
        var method = Method switch
        {
            PaymentMethods.LetterOfCredit => $"L/C {LetterOfCredit?.Number}",
            PaymentMethods.OpenAccount => "Open account",
            PaymentMethods.Escrow => "Escrow",
            _ => "T/T",
        };
        var balance = BalanceDue switch
        {
            Payments.BalanceDue.AgainstBlCopy => "against a copy of the bill of lading",
            Payments.BalanceDue.AfterShipment => $"within {BalanceDays} days of shipment",
            _ => "before shipment",
        };
        return DepositPercent switch
        {
            0 => $"{method}: 100 % {balance}",
            100 => $"{method}: 100 % on confirmation",
            _ => string.Create(CultureInfo.InvariantCulture, $"{method}: {DepositPercent} % deposit on confirmation, {100 - DepositPercent} % balance {balance}"),
        };
    }
}
