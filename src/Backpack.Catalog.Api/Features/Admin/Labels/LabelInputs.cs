using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Catalogue.Localization;
using Backpack.Catalog.Api.Infrastructure.Errors;
using FastEndpoints;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Admin.Labels;

public class LabelRoute
{
    [RouteParam]
    [Description("feature, certification or category.")]
    public string Kind { get; init; } = "";

    [RouteParam]
    [Description("The vocabulary key, e.g. laptop-sleeve, REACH or kids.")]
    public string Key { get; init; } = "";

    public sealed class Validator : Validator<LabelRoute>
    {
        public Validator() => RuleFor(r => r.Kind).LabelKind();
    }
}

public sealed class ReplaceLabelRequest : LabelRoute
{
    [FromHeader("If-Match", isRequired: false)]
    [Required]
    [Description(CataloguePreconditions.IfMatchDescription)]
    public string? IfMatch { get; init; }

    [FromBody]
    public LabelDocument Body { get; init; } = default!;

    public new sealed class Validator : Validator<ReplaceLabelRequest>
    {
        public Validator() => RuleFor(r => r.Kind).LabelKind();
    }
}

internal static class LabelKindRule
{
    public static IRuleBuilderOptions<T, string?> LabelKind<T>(this IRuleBuilder<T, string?> rule) =>
        rule.RequiredOneOf(CatalogueLabels.Kinds).WithMessage("kind must be feature, certification or category.");
}
