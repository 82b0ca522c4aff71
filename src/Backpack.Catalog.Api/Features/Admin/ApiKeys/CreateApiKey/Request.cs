using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Errors;
using FastEndpoints;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Admin.ApiKeys.CreateApiKey;

/// <summary>A new API key. Distributor keys belong to one distributor; storefront and admin keys to none.</summary>
public sealed class CreateApiKeyRequest
{
    public const int MaxDistributorIdLength = 48;
    public const int MaxLabelLength = 100;

    public static CreateApiKeyRequest Example => new()
    {
        Role = ApiKeyRoles.Distributor,
        DistributorId = "dst_nairobi-outfitters",
        Label = "Nairobi Outfitters ERP integration",
    };

    /// <summary>storefront (read the catalogue), distributor (also place and follow its own orders) or admin.</summary>
    /// <example>distributor</example>
    [Required]
    public string? Role { get; init; }

    /// <summary>Required for distributor keys, absent otherwise.</summary>
    public string? DistributorId { get; init; }

    /// <summary>What the key is for, to recognise it in lists (1 to 100 characters).</summary>
    [Required]
    public string? Label { get; init; }

    public sealed class Validator : Validator<CreateApiKeyRequest>
    {
        public Validator()
        {
            RuleFor(r => r.Role).RequiredOneOf(ApiKeyRoles.All).WithMessage($"role must be one of: {string.Join(", ", ApiKeyRoles.All)}.");
            RuleFor(r => r.DistributorId).NotEmpty().When(r => r.Role == ApiKeyRoles.Distributor)
                .WithMessage("distributorId is required for a distributor key.");
            RuleFor(r => r.DistributorId).Null().When(r => r.Role is ApiKeyRoles.Storefront or ApiKeyRoles.Admin)
                .WithMessage("Only distributor keys belong to a distributor; leave distributorId out.");
            RuleFor(r => r.DistributorId).MaximumLength(MaxDistributorIdLength).WithMessage($"distributorId is at most {MaxDistributorIdLength} characters.");
            RuleFor(r => r.Label).NotEmpty().MaximumLength(MaxLabelLength).WithMessage($"label is required, at most {MaxLabelLength} characters.");
        }
    }
}
