using System.ComponentModel;
using Backpack.Catalog.Api.Features.Payments;
using FastEndpoints;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Admin.Distributors.ReplacePaymentTerms;

public sealed class ReplacePaymentTermsInput
{
    [RouteParam]
    [Description("Distributor id, e.g. dst_nairobi-outfitters.")]
    public string DistributorId { get; init; } = "";

    [FromBody]
    public PaymentTermsDocument Body { get; init; } = new();

    public sealed class Validator : Validator<ReplacePaymentTermsInput>
    {
        public Validator() => RuleFor(i => i.Body).SetValidator(new PaymentTermsDocument.Validator()).OverridePropertyName(nameof(Body));
    }
}
