using System.ComponentModel;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace Backpack.Catalog.Api.Features.Admin;

/// <summary>Paging for the admin lists, which are ordered by id.</summary>
public class AdminPageRequest
{
    public const int MaxLimit = 100;
    public const int DefaultLimit = 50;

    [Description("The nextCursor of the previous page, unchanged.")]
    [FromQuery(Name = "cursor")]
    public string? Cursor { get; init; }

    [Description("Items per page, 1 to 100 (default 50).")]
    [FromQuery(Name = "limit")]
    public int? Limit { get; init; }

    /// <summary>Where a page ended, bound to the filters of the query it belongs to.</summary>
    public sealed record PageCursor(string Filters, string AfterId);

    public static void AddRules<T>(AbstractValidator<T> validator)
        where T : AdminPageRequest
    {
        validator.RuleFor(r => r.Limit).InclusiveBetween(1, MaxLimit).WithMessage($"limit must be between 1 and {MaxLimit}.");
        validator.RuleFor(r => r.Cursor).MaximumLength(512).WithMessage("cursor is malformed. Pass the nextCursor of a previous page unchanged.");
    }
}
