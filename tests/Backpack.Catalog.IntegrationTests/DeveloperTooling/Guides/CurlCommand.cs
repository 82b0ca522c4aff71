using System.Text;

namespace Backpack.Catalog.IntegrationTests.DeveloperTooling.Guides;

/// <summary>One part of a multipart form: -F 'name=value', or -F 'name=@file;type=media/type' with the file's name and content.</summary>
internal sealed record FormPart(string Name, string Value, string? FileName, string? MediaType);

/// <summary>A curl command as a guide writes it: -s, -i, -X, -H, -d '…', --data @file or -F parts, and one URL.</summary>
internal sealed record CurlCommand(
    string Method, string Url, IReadOnlyList<(string Name, string Value)> Headers, string? Body, bool ShowsHeaders, IReadOnlyList<FormPart> Form)
{
    /// <summary>The shell words of <paramref name="line"/> after "curl", with $NAME expanded inside double quotes and bare words.</summary>
    public static CurlCommand Parse(string line, IReadOnlyDictionary<string, string> variables, IReadOnlyDictionary<string, string> files)
    {
        if (line.Contains('…'))
        {
            throw new NotSupportedException($"A placeholder is not something the guide walk can send: {line}");
        }

        var words = Words(line, variables);
        string? method = null, url = null, body = null;
        var showsHeaders = false;
        var headers = new List<(string, string)>();
        var form = new List<FormPart>();
        for (var i = 1; i < words.Count; i++)
        {
            switch (words[i])
            {
                case "-s":
                    break;
                case "-si" or "-is" or "-i":
                    showsHeaders = true;
                    break;
                case "-X":
                    method = words[++i];
                    break;
                case "-H":
                    var header = words[++i];
                    var colon = header.IndexOf(':', StringComparison.Ordinal);
                    headers.Add((header[..colon].Trim(), header[(colon + 1)..].Trim()));
                    break;
                case "-d" or "--data" or "--data-binary":
                    var data = words[++i];
                    body = data.StartsWith('@') ? files[data[1..]] : data;
                    break;
                case "-F" or "--form":
                    form.Add(Part(words[++i], files));
                    break;
                case var word when word.StartsWith('-'):
                    throw new InvalidOperationException($"The guide walk does not know the curl option {word} in: {line}");
                default:
                    url = words[i];
                    break;
            }
        }

        return new CurlCommand(method ?? (body is null && form.Count == 0 ? "GET" : "POST"), url ?? throw new InvalidOperationException($"No URL in: {line}"),
            headers, body, showsHeaders, form);
    }

    private static FormPart Part(string spec, IReadOnlyDictionary<string, string> files)
    {
        var equals = spec.IndexOf('=', StringComparison.Ordinal);
        var (name, value) = (spec[..equals], spec[(equals + 1)..]);
        if (!value.StartsWith('@'))
        {
            return new FormPart(name, value, null, null);
        }

        var fields = value[1..].Split(';');
        var type = fields.Skip(1).FirstOrDefault(f => f.StartsWith("type=", StringComparison.Ordinal))?["type=".Length..];
        return new FormPart(name, files[fields[0]], fields[0], type);
    }

    private static List<string> Words(string line, IReadOnlyDictionary<string, string> variables)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (!inWord && c is '|' or '#')
            {
                break; // a pipe into grep or jq, or a comment: the reader's part
            }

            switch (c)
            {
                case ' ' or '\t':
                    if (inWord)
                    {
                        words.Add(word.ToString());
                        word.Clear();
                        inWord = false;
                    }

                    continue;
                case '\'':
                    var close = line.IndexOf('\'', i + 1);
                    word.Append(line, i + 1, close - i - 1);
                    i = close;
                    break;
                case '"':
                    for (i++; line[i] != '"'; i++)
                    {
                        if (line[i] == '\\' && line[i + 1] is '"' or '\\' or '$')
                        {
                            word.Append(line[++i]);
                        }
                        else if (line[i] == '$')
                        {
                            i = Expand(line, i, word, variables);
                        }
                        else
                        {
                            word.Append(line[i]);
                        }
                    }

                    break;
                case '$':
                    i = Expand(line, i, word, variables);
                    break;
                default:
                    word.Append(c);
                    break;
            }

            inWord = true;
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    /// <summary>Appends the value of the variable whose name starts after the $ at <paramref name="at"/>; returns the index of its last character.</summary>
    private static int Expand(string line, int at, StringBuilder word, IReadOnlyDictionary<string, string> variables)
    {
        if (line[at + 1] == '(')
        {
            throw new NotSupportedException($"The guide walk runs no command substitution: {line}");
        }

        var end = at + 1;
        while (end < line.Length && (char.IsAsciiLetterUpper(line[end]) || line[end] == '_'))
        {
            end++;
        }

        var name = line[(at + 1)..end];
        word.Append(variables.TryGetValue(name, out var value) ? value : throw new InvalidOperationException($"${name} is not set before: {line}"));
        return end - 1;
    }
}
