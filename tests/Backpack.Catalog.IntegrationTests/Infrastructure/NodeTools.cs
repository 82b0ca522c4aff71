using System.Diagnostics;
using System.Text.Json;

namespace Backpack.Catalog.IntegrationTests.Infrastructure;

/// <summary>
/// Runs node programs from the NodeTools folder (pinned in its package-lock.json, installed by the test project's
/// build), each under a hard time limit: past it, the process and its children (a browser) are killed.
/// </summary>
public static class NodeTools
{
    public static string Folder => BuildPaths.NodeToolsFolder;

    public sealed record Result(string Command, int ExitCode, string Output, string Errors)
    {
        /// <summary>The JSON object the program printed as its last line of output.</summary>
        public JsonElement Json
        {
            get
            {
                var last = Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
                try
                {
                    return JsonDocument.Parse(last ?? "").RootElement;
                }
                catch (JsonException)
                {
                    throw new ShouldAssertException($"{Command} printed no JSON result.\n{this}");
                }
            }
        }

        public override string ToString() => $"{Command}: exit code {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Errors}";
    }

    /// <summary>Runs <c>node</c> with <paramref name="arguments"/> (paths relative to the NodeTools folder).</summary>
    public static Task<Result> RunAsync(TimeSpan limit, params string[] arguments) => RunInAsync(Folder, limit, arguments);

    /// <summary>Runs <c>node</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>.</summary>
    public static async Task<Result> RunInAsync(string workingDirectory, TimeSpan limit, params string[] arguments)
    {
        var command = "node " + string.Join(' ', arguments);
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                // Packages (the OWASP ruleset Spectral loads by name) resolve from here wherever the program runs,
                // and no tool phones home.
                ["NODE_PATH"] = Path.Combine(Folder, "node_modules"),
                ["REDOCLY_TELEMETRY"] = "off",
                ["NO_UPDATE_NOTIFIER"] = "1",
            },
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {command}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(limit);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            throw new TimeoutException($"{command} did not finish within {limit} and was killed.\n--- stdout\n{await output}\n--- stderr\n{await errors}");
        }

        return new Result(command, process.ExitCode, await output, await errors);
    }

    /// <summary>The path of an installed package's command, e.g. spectral.</summary>
    public static string Command(string name) => Path.Combine(Folder, "node_modules", ".bin", name);
}
