using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Infrastructure.OpenApi;

namespace Backpack.Catalog.Api.Features.Payments;

/// <summary>Payment terms: the method, the deposit due on confirmation, when the balance is due, and the credit limit or letter of credit.</summary>
/// <param name="Method">tt, lc, open-account or escrow.</param>
/// <param name="DepositPercent">Due on confirmation, as a share of the order total; production waits for it.</param>
/// <param name="BalanceDue">before-shipment (shipping waits for it), against-bl-copy or after-shipment.</param>
/// <param name="BalanceDays">after-shipment: the days after shipment the balance is due.</param>
/// <param name="CreditLimit">open-account: the most the account may owe across its open orders, in USD.</param>
/// <param name="LetterOfCredit">lc: the letter that covers the orders.</param>
/// <param name="Description">The terms in words, as printed on orders.</param>
public sealed record PaymentTermsResponse(
    [property: OneOf(typeof(PaymentMethods), nameof(PaymentMethods.All))] string Method,
    [property: Range(0, 100)] int DepositPercent,
    [property: OneOf(typeof(BalanceDue), nameof(Payments.BalanceDue.All))] string BalanceDue,
    [property: Range(1, PaymentTermsDocument.MaxBalanceDays)] int? BalanceDays,
    Money? CreditLimit,
    LetterOfCreditResponse? LetterOfCredit,
    [property: MaxLength(200)] string Description)
{
    public static PaymentTermsResponse Example => From(PaymentTermsDocument.Example.ToTerms());

    public static PaymentTermsResponse From(PaymentTerms terms) => new(
        terms.Method, terms.DepositPercent, terms.BalanceDue, terms.BalanceDays,
        terms.CreditLimitUsdCents is { } limit ? Money.FromUsdCents(limit) : null,
        terms.LetterOfCredit is { } lc ? LetterOfCreditResponse.From(lc) : null,
        terms.Describe());
}

/// <param name="ExpiresOn">The last day documents may be presented under it (UTC date).</param>
public sealed record LetterOfCreditResponse(
    [property: MaxLength(PaymentTermsDocument.MaxLetterOfCreditText)] string Number,
    [property: MaxLength(PaymentTermsDocument.MaxLetterOfCreditText)] string IssuingBank,
    Money Amount,
    DateOnly ExpiresOn)
{
    public static LetterOfCreditResponse From(LetterOfCredit letter) => new(letter.Number, letter.IssuingBank, new Money(letter.Amount, letter.Currency), letter.ExpiresOn);
}
