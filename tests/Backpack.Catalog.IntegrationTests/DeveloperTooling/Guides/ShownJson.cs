using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Backpack.Catalog.IntegrationTests.DeveloperTooling.Guides;

/// <summary>JSON as a guide shows it: "…" between members or items leaves them out, "…" inside a string shortens it.</summary>
internal static partial class ShownJson
{
    public static JsonNode? Parse(string shown) => JsonNode.Parse(
        LeadingComma().Replace(RepeatedComma().Replace(WithoutElisions(shown), ","), "$1"),
        documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true });

    /// <summary>"…" between members or items is dropped; inside a string it is kept, escaped, as a wildcard.</summary>
    private static string WithoutElisions(string shown)
    {
        var text = new StringBuilder(shown.Length);
        var (inString, escaped) = (false, false);
        foreach (var c in shown)
        {
            if (c == '…')
            {
                text.Append(inString ? "\\u2026" : "");
                continue;
            }

            (inString, escaped) = (inString ? escaped || c != '"' : c == '"', inString && !escaped && c == '\\');
            text.Append(c);
        }

        return text.ToString();
    }

    /// <summary>What taking "…" out of "a, …, b" leaves.</summary>
    [GeneratedRegex(@",(\s*,)+")]
    private static partial Regex RepeatedComma();

    /// <summary>What taking "…" out of "{ …, a" leaves.</summary>
    [GeneratedRegex(@"([\[{])\s*,")]
    private static partial Regex LeadingComma();
}
