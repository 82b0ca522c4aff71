using System.Text.RegularExpressions;

namespace Backpack.Catalog.Api.Infrastructure.Files;

/// <summary>The embedded file store: a folder, with files fanned out into subfolders by the first two hex digits of their hash.</summary>
public sealed partial class FolderFileStore(string root) : IFileStore
{
    public string Root { get; } = Directory.CreateDirectory(root).FullName;

    public async Task PutAsync(string sha256, Stream content, CancellationToken cancellationToken)
    {
        var target = PathOf(sha256);
        if (File.Exists(target))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var staged = target + "." + Guid.NewGuid().ToString("N") + ".part";
        try
        {
            await using (var file = new FileStream(staged, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            {
                await content.CopyToAsync(file, cancellationToken);
                await file.FlushAsync(cancellationToken);
            }

            // A rename within one folder is atomic: a reader never sees half a file, and two uploads of the same bytes both end well.
            File.Move(staged, target, overwrite: true);
        }
        finally
        {
            File.Delete(staged);
        }
    }

    public Task<Stream?> OpenReadAsync(string sha256, CancellationToken cancellationToken)
    {
        var path = PathOf(sha256);
        Stream? stream = File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true) : null;
        return Task.FromResult(stream);
    }

    private string PathOf(string sha256) => Sha256Hex().IsMatch(sha256)
        ? Path.Combine(Root, sha256[..2], sha256)
        : throw new ArgumentException("A file is kept under the hex SHA-256 of its content.", nameof(sha256));

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Hex();
}
