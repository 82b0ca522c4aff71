using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Infrastructure.Http;

namespace Backpack.Catalog.Api.Features.Admin.Versioned;

/// <summary>How endpoints of versioned records answer: the record with its version ETag (201 with Location when created), or the problem.</summary>
public static class VersionedResults
{
    public const string NothingSaved = "The body breaks the rules listed in errors; nothing was saved.";

    public static IResult Answer<TRecord, TResponse>(
        HttpContext httpContext, VersionedWrite<TRecord> outcome, Func<TRecord, TResponse> respond, Func<TResponse, string> etagOf, string location)
        where TRecord : class
    {
        if (outcome.Problem is not null)
        {
            return outcome.Problem;
        }

        var response = respond(outcome.Saved!);
        return outcome.Created ? AdminResults.Created(httpContext, location, response, etagOf(response)) : ETaggedJson.Of(response, etagOf(response));
    }

    /// <summary>Every rule <paramref name="check"/> finds broken, keyed by member; null when there are none.</summary>
    public static IResult? Violations<TDocument>(TDocument document, Action<TDocument, Action<string, string>> check)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        check(document, (at, message) =>
        {
            if (!errors.TryGetValue(at, out var messages))
            {
                errors[at] = messages = [];
            }

            messages.Add(message);
        });
        return errors.Count == 0 ? null : Problems.Validation(errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal), NothingSaved);
    }

    /// <summary>A key member of a PUT body may be left out; when given it must name the resource in the path.</summary>
    public static void SameKey(string? given, string inPath, string member, Action<string, string> fail)
    {
        if (given is not null && given != inPath)
        {
            fail(member, $"{member} must be the one in the path ('{inPath}'), or left out. To move a record, create the new one and delete the old.");
        }
    }
}
