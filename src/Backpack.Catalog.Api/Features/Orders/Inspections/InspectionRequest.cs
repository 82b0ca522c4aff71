using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Orders.Inspections;

/// <summary>A final inspection the buyer orders with the goods: shipping waits until it is passed (or a failure accepted).</summary>
public sealed class InspectionRequest
{
    /// <summary>in-house (the factory's QC, no fee), sgs, intertek, bureau-veritas or qima.</summary>
    /// <example>qima</example>
    [Required]
    [OneOf(typeof(InspectionTerms), nameof(InspectionTerms.Agencies))]
    public string? Agency { get; init; }

    /// <summary>The ISO 2859-1 general inspection level: general-i, general-ii (the default) or general-iii.</summary>
    /// <example>general-ii</example>
    [OneOf(typeof(InspectionTerms), nameof(InspectionTerms.Levels))]
    public string? Level { get; init; }

    /// <summary>The AQL for major defects: 0.65, 1.0, 1.5, 2.5 (the default), 4.0 or 6.5.</summary>
    /// <example>2.5</example>
    [Range(0.65, 6.5)]
    public decimal? MajorAql { get; init; }

    /// <summary>The AQL for minor defects: 0.65, 1.0, 1.5, 2.5, 4.0 (the default) or 6.5.</summary>
    /// <example>4.0</example>
    [Range(0.65, 6.5)]
    public decimal? MinorAql { get; init; }

    public sealed class Validator : AbstractValidator<InspectionRequest>
    {
        public Validator()
        {
            RuleFor(i => i.Agency).RequiredOneOf(InspectionTerms.Agencies).WithMessage($"inspection.agency must be one of: {string.Join(", ", InspectionTerms.Agencies)}.");
            RuleFor(i => i.Level).OneOf(InspectionTerms.Levels).WithMessage($"inspection.level must be one of: {string.Join(", ", InspectionTerms.Levels)}.");
            RuleFor(i => i.MajorAql).Must(v => InspectionTerms.AqlValues.Contains(v!.Value)).When(i => i.MajorAql is not null)
                .WithMessage($"inspection.majorAql must be one of: {InspectionTerms.DescribeAql}.");
            RuleFor(i => i.MinorAql).Must(v => InspectionTerms.AqlValues.Contains(v!.Value)).When(i => i.MinorAql is not null)
                .WithMessage($"inspection.minorAql must be one of: {InspectionTerms.DescribeAql}.");
        }
    }
}
