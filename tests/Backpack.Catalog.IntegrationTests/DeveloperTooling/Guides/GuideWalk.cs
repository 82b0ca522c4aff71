using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.DeveloperTooling.Guides;

/// <summary>
/// Follows a guide as a reader would, on a fresh demo database: runs its commands in order and compares every answer it
/// shows with the live one. A GET whose answer is not yet what the guide shows (a webhook delivery still under way) is
/// read again for up to 10 seconds.
/// </summary>
internal sealed class GuideWalk(CatalogueApiFactory api, string adminKey, Uri receiver)
{
    private const string GuideBase = "http://localhost:5080";

    /// <summary>Where the guides' webhook receiver listens; the walk's receiver is WireMock.</summary>
    private const string GuideReceiver = "http://127.0.0.1:5199";

    private readonly Dictionary<string, string> _variables = new(StringComparer.Ordinal) { ["BASE"] = GuideBase, ["ADMIN"] = adminKey };
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);
    private readonly Bindings _bindings = new();
    private (CurlCommand Command, Answer Answer)? _last;

    private sealed record Answer(HttpStatusCode Status, IReadOnlyDictionary<string, string> Headers, string Body);

    public async Task<List<string>> RunAsync(IEnumerable<GuideStep> steps)
    {
        _bindings.Bind(GuideReceiver, receiver.ToString().TrimEnd('/'));
        var problems = new List<string>();
        foreach (var step in steps)
        {
            switch (step)
            {
                case ShellStep shell:
                    var commands = ShellScript.Commands(shell.Shell, _variables, _files);
                    _last = null;
                    foreach (var command in Enumerable.Repeat(commands ?? [], shell.Times).SelectMany(c => c))
                    {
                        if (_variables["ADMIN"] != adminKey)
                        {
                            _bindings.Bind(_variables["ADMIN"], adminKey);
                        }

                        _last = (command, await SendAsync(command));
                    }

                    break;
                case ShownBlock { Answers: true } shown when _last is { } last:
                    problems.AddRange((await CheckAsync(shown, last.Command, last.Answer)).Select(d => $"line {shown.Line} ({last.Command.Method} {last.Command.Url}): {d}"));
                    break;
                case ShownBlock { Answers: true } shown:
                    problems.Add($"line {shown.Line}: shows the answer to commands the walk cannot run (a placeholder, a command substitution).");
                    break;
                case ShownBlock { NotAnAnswer: null } shown:
                    problems.Add($"line {shown.Line}: shows an answer that no command right before it asks for. Put the command before it (a ```bash block, " +
                        "or a <!-- walk: … --> comment for one the prose describes), or say what the block is with <!-- not an answer: … -->.");
                    break;
            }
        }

        return problems;
    }

    private async Task<List<string>> CheckAsync(ShownBlock shown, CurlCommand command, Answer answer)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            var trial = _bindings.Copy();
            var differences = Differences(shown, answer, trial);
            if (differences.Count == 0)
            {
                _bindings.CommitFrom(trial);
                return differences;
            }

            if (command.Method != "GET" || DateTime.UtcNow > deadline)
            {
                return differences;
            }

            await Task.Delay(250, TestContext.Current.CancellationToken);
            answer = await SendAsync(command);
            _last = (command, answer);
        }
    }

    private static List<string> Differences(ShownBlock shown, Answer answer, Bindings bindings)
    {
        var differences = new List<string>();
        var json = shown.Text;
        if (shown.IsStatusAndHeaders)
        {
            var lines = shown.Text.Split('\n');
            var status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
            if (status != (int)answer.Status)
            {
                differences.Add($"the guide shows {lines[0]}, the answer is {(int)answer.Status}");
            }

            var blank = Array.IndexOf(lines, "");
            foreach (var header in lines[1..(blank < 0 ? lines.Length : blank)])
            {
                var (name, value) = (header[..header.IndexOf(':', StringComparison.Ordinal)], header[(header.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim());
                if (!answer.Headers.TryGetValue(name, out var live) || !AnswerComparison.TextMatches(value, live, name, bindings))
                {
                    differences.Add($"the guide shows {header}, the answer has {name}: {live ?? "(none)"}");
                }
            }

            json = blank < 0 ? "" : string.Join('\n', lines[(blank + 1)..]);
        }

        if (json.Trim().Length > 0)
        {
            JsonNode? live = null;
            try
            {
                live = JsonNode.Parse(answer.Body);
            }
            catch (System.Text.Json.JsonException)
            {
                differences.Add($"the guide shows JSON, the answer is {(int)answer.Status} {answer.Body}");
                return differences;
            }

            var found = AnswerComparison.Differences(ShownJson.Parse(json), live, "$", bindings);
            differences.AddRange(found.Count == 0 ? [] : [.. found, $"the answer was {(int)answer.Status} {answer.Body}"]);
        }

        return differences;
    }

    private async Task<Answer> SendAsync(CurlCommand command)
    {
        var url = _bindings.ToLive(command.Url.StartsWith(GuideBase, StringComparison.Ordinal) ? command.Url[GuideBase.Length..] : command.Url);
        using var request = new HttpRequestMessage(new HttpMethod(command.Method), url);
        var contentType = "application/json";
        foreach (var (name, value) in command.Headers)
        {
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                contentType = value;
                continue;
            }

            request.Headers.TryAddWithoutValidation(name, _bindings.ToLive(value));
        }

        if (command.Form.Count > 0)
        {
            var form = new MultipartFormDataContent();
            foreach (var part in command.Form)
            {
                var content = new StringContent(_bindings.ToLive(part.Value), Encoding.UTF8);
                content.Headers.ContentType = part.MediaType is null ? null : System.Net.Http.Headers.MediaTypeHeaderValue.Parse(part.MediaType);
                if (part.FileName is null)
                {
                    form.Add(content, part.Name);
                }
                else
                {
                    form.Add(content, part.Name, part.FileName);
                }
            }

            request.Content = form;
        }
        else if (command.Body is { } body)
        {
            request.Content = new StringContent(_bindings.ToLive(body), Encoding.UTF8);
            request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        }

        using var response = await api.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
        var headers = response.Headers.Concat(response.Content.Headers)
            .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        return new Answer(response.StatusCode, headers, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
