using System.Text.RegularExpressions;

namespace Backpack.Catalog.IntegrationTests.DeveloperTooling.Guides;

/// <summary>One step of a guide, in reading order.</summary>
internal abstract record GuideStep(int Line);

/// <summary>
/// A ```bash block, or a <c>&lt;!-- walk: … --&gt;</c> comment: commands the reader runs (the comment's are the ones the prose
/// describes; <c>&lt;!-- walk 121 times: … --&gt;</c> runs them that often).
/// </summary>
internal sealed record ShellStep(int Line, string Shell, int Times = 1) : GuideStep(Line);

/// <summary>
/// A ```json block, or a ```text/```http block that starts with a status line. <see cref="Answers"/>: it comes right after
/// commands, with no prose between, so it shows their last answer. <see cref="NotAnAnswer"/>: the guide says what else it is.
/// </summary>
internal sealed record ShownBlock(int Line, string Text, bool IsStatusAndHeaders, bool Answers, string? NotAnAnswer) : GuideStep(Line);

/// <summary>A guide in api-docs/ read as the script a reader follows.</summary>
internal static partial class GuideScript
{
    public static List<GuideStep> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var steps = new List<GuideStep>();
        var afterCommands = false;
        string? marker = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("<!--", StringComparison.Ordinal))
            {
                var end = i;
                while (!lines[end].EndsWith("-->", StringComparison.Ordinal))
                {
                    end++;
                }

                var comment = string.Join('\n', lines[i..(end + 1)])[4..^3].Trim();
                if (Walk().Match(comment) is { Success: true } walk)
                {
                    var times = walk.Groups["times"].Success ? int.Parse(walk.Groups["times"].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
                    steps.Add(new ShellStep(i + 1, comment[walk.Length..].Trim(), times));
                    afterCommands = true;
                }
                else if (comment.StartsWith("not an answer:", StringComparison.Ordinal))
                {
                    marker = comment["not an answer:".Length..].Trim();
                }

                i = end;
                continue;
            }

            if (!line.StartsWith("```", StringComparison.Ordinal))
            {
                if (line.Trim().Length > 0)
                {
                    (afterCommands, marker) = (false, null);
                }

                continue;
            }

            var close = Array.IndexOf(lines, "```", i + 1);
            var text = string.Join('\n', lines[(i + 1)..close]);
            var fence = line[3..];
            if (fence == "bash")
            {
                steps.Add(new ShellStep(i + 1, text));
                afterCommands = true;
            }
            else if (fence == "json" || fence is "text" or "http" && StatusLine().IsMatch(text))
            {
                steps.Add(new ShownBlock(i + 1, text, fence != "json", afterCommands, marker));
            }

            marker = null;
            i = close;
        }

        return steps;
    }

    [GeneratedRegex(@"^walk(?: (?<times>\d+) times)?:")]
    private static partial Regex Walk();

    [GeneratedRegex(@"^HTTP/1\.1 \d{3}")]
    public static partial Regex StatusLine();
}
