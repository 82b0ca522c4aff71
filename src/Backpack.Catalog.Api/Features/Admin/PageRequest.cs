using System.ComponentModel;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Infrastructure.Http;
using FastEndpoints;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Admin;

/// <summary>Paging for the admin lists, which are ordered by id.</summary>
public class AdminPageRequest
{
    public const int MaxLimit = 100;
    public const int DefaultLimit = 50;
    public const int MaxCursorLength = 512;

    [Description("The nextCursor of the previous page, unchanged.")]
    [QueryParam]
    public string? Cursor { get; init; }

    [Description("Items per page, 1 to 100 (default 50).")]
    [QueryParam]
    public int? Limit { get; init; }

    /// <summary>Where a page ended, bound to the filters of the query it belongs to.</summary>
    public sealed record PageCursor(string Filters, string AfterId);

    /// <summary>The id to continue after: null for the first page; false when the cursor is not one of this query's.</summary>
    public bool TryReadCursor(string filters, out string? afterId)
    {
        afterId = null;
        if (Cursor is null)
        {
            return true;
        }

        var cursor = CursorCodec.TryDecode<PageCursor>(Cursor);
        afterId = cursor?.AfterId;
        return cursor is { Filters: not null, AfterId: not null } && cursor.Filters == filters;
    }

    public static ValidationProblem CursorProblem() =>
        Problems.Validation("cursor", "cursor is malformed or belongs to another query. Pass the nextCursor of a previous page unchanged.");

    /// <summary>Rows were read with limit + 1: the page, and the cursor for the next one when there is more.</summary>
    public static (List<T> Page, string? NextCursor) Slice<T>(IReadOnlyList<T> rows, int limit, string filters, Func<T, string> idOf)
    {
        var page = rows.Take(limit).ToList();
        return (page, rows.Count > limit ? CursorCodec.Encode(new PageCursor(filters, idOf(page[^1]))) : null);
    }

    public static void AddRules<T>(AbstractValidator<T> validator)
        where T : AdminPageRequest
    {
        validator.RuleFor(r => r.Limit).InclusiveBetween(1, MaxLimit).WithMessage($"limit must be between 1 and {MaxLimit}.");
        validator.RuleFor(r => r.Cursor).MaximumLength(MaxCursorLength).WithMessage("cursor is malformed. Pass the nextCursor of a previous page unchanged.");
    }
}
