using System.ComponentModel;
using Backpack.Catalog.Api.Features.Catalogue.Images;
using FastEndpoints;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Catalogue.GetImageFile;

public sealed class GetImageFileRequest
{
    [RouteParam]
    [Description("A rendition's name as its href gives it: the SHA-256 of its bytes and its extension, e.g. 9f86d081…0f00a08.webp.")]
    public required string FileName { get; init; }

    public sealed class Validator : Validator<GetImageFileRequest>
    {
        public Validator() =>
            RuleFor(r => r.FileName).Matches(ImageHrefs.FileNamePattern)
                .WithMessage("fileName must be 64 lowercase hex digits and .jpg, .png or .webp, as a rendition's href gives it.");
    }
}
