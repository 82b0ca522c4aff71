using System.Text.RegularExpressions;

namespace Backpack.Catalog.IntegrationTests.DeveloperTooling.Guides;

/// <summary>The little shell the guides use: NAME=value, cat &gt; file &lt;&lt;'EOF' … EOF, and curl. Anything else (dotnet run, openssl, comments) is the reader's.</summary>
internal static partial class ShellScript
{
    /// <summary>
    /// The curl commands of <paramref name="shell"/>, in order, with the variables and files set before each; null when one
    /// of them uses what this shell does not speak (a placeholder, a command substitution), so its answer cannot be known.
    /// </summary>
    public static List<CurlCommand>? Commands(string shell, Dictionary<string, string> variables, Dictionary<string, string> files)
    {
        var lines = shell.Replace("\\\n", " ", StringComparison.Ordinal).Split('\n');
        var commands = new List<CurlCommand>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (HereDocument().Match(line) is { Success: true } file)
            {
                var end = Array.IndexOf(lines, file.Groups["end"].Value, i + 1);
                files[file.Groups["file"].Value] = string.Join('\n', lines[(i + 1)..end]);
                i = end;
            }
            else if (Assignment().Match(line) is { Success: true } assignment)
            {
                variables[assignment.Groups["name"].Value] = assignment.Groups["value"].Value;
            }
            else if (line.StartsWith("curl ", StringComparison.Ordinal))
            {
                try
                {
                    commands.Add(CurlCommand.Parse(line, variables, files));
                }
                catch (NotSupportedException)
                {
                    return null;
                }
            }
        }

        return commands;
    }

    [GeneratedRegex(@"^cat > (?<file>\S+) <<'(?<end>\w+)'$")]
    private static partial Regex HereDocument();

    [GeneratedRegex(@"^(?<name>[A-Z_]+)=(?<value>\S+)")]
    private static partial Regex Assignment();
}
