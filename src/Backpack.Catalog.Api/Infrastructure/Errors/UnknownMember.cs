using System.Text.Json;
using System.Text.RegularExpressions;

namespace Backpack.Catalog.Api.Infrastructure.Errors;

/// <summary>
/// The serializer refuses a member no .NET property maps to (UnmappedMemberHandling.Disallow) with a JsonException whose
/// message names the member and the .NET type. The client gets the member's JSON path instead (lines[0].logo), never the type.
/// </summary>
internal static partial class UnknownMember
{
    public static string? PathOf(JsonException exception)
    {
        if (exception.Message is not { } message || UnmappedMessage().Match(message) is not { Success: true } match)
        {
            return null;
        }

        var member = match.Groups["member"].Value;
        var path = exception.Path is { Length: > 1 } at ? at.TrimStart('$').TrimStart('.') : "";
        // The reader may stand on the member or on the object that holds it.
        if (path.EndsWith(member, StringComparison.Ordinal) || path.EndsWith($"['{member}']", StringComparison.Ordinal))
        {
            return path;
        }

        return path.Length == 0 ? member : $"{path}.{member}";
    }

    [GeneratedRegex(@"^The JSON property '(?<member>.*)' could not be mapped to any \.NET member", RegexOptions.Singleline)]
    private static partial Regex UnmappedMessage();
}
