using System.ComponentModel;
using FastEndpoints;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Catalogue.ListChanges;

public sealed class ListChangesRequest
{
    public const int MaxLimit = 500;
    public const int DefaultLimit = 100;
    public const int MaxCursorLength = 512;

    [Description("The nextCursor of your previous read, unchanged. Omit it to read the feed from the beginning (a full sync).")]
    [QueryParam]
    public string? Since { get; init; }

    [Description("Changes per page, 1 to 500. Default 100.")]
    [QueryParam]
    public int? Limit { get; init; }

    public sealed class Validator : Validator<ListChangesRequest>
    {
        public Validator()
        {
            RuleFor(r => r.Limit).InclusiveBetween(1, MaxLimit)
                .WithMessage($"limit must be between 1 and {MaxLimit}.");
            RuleFor(r => r.Since).MaximumLength(MaxCursorLength)
                .WithMessage(ListChangesEndpoint.MalformedSince);
        }
    }
}
