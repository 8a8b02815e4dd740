using System.Text.RegularExpressions;

namespace KitchenKatas.Cli.Tests.Docs;

/// <summary>One command a README or doc page shows, with the folder it is meant to be typed in.</summary>
/// <param name="File">The Markdown file, relative to the repository.</param>
/// <param name="Line">Its line in that file (from 1).</param>
/// <param name="Folder">The folder it runs in, relative to the repository ("" for the root).</param>
/// <param name="Shell">sh, powershell or cmd: the shell the docs write it for.</param>
/// <param name="Text">The command, without its trailing comment.</param>
/// <param name="Inline">True when it stands in a sentence rather than in a block: "run `kitchen doctor`" may name a
/// command without the options a real run needs.</param>
public sealed record DocCommand(string File, int Line, string Folder, string Shell, string Text, bool Inline = false)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line} ({Shell}, in {(Folder.Length == 0 ? "the root" : Folder)}): {Text}";
}

/// <summary>
/// Finds the commands the docs show: every line of a fenced shell block (with the folder a <c>cd</c> in it moves to),
/// and inline code that runs <c>dotnet test</c>, <c>dotnet run</c> or <c>kitchen</c> in a sentence.
/// </summary>
public static partial class DocCommands
{
    private static readonly string[] ShellFences = ["sh", "bash", "shell", "console", "powershell", "pwsh", "ps", "cmd", "bat"];

    /// <summary>The Markdown files whose commands are checked: every README, CONTRIBUTING.md and docs/.</summary>
    public static IEnumerable<string> Pages(string root) =>
        new[] { "README.md", "CONTRIBUTING.md" }.Select(f => Path.Combine(root, f)).Where(File.Exists)
            .Concat(Folder(root, "docs", "*.md"))
            .Concat(Folder(root, "katas", "README.md"))
            .Concat(Folder(root, "grader", "README.md"))
            .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    /// <summary>Every command shown in the pages of <paramref name="root"/>.</summary>
    public static IReadOnlyList<DocCommand> All(string root) =>
        Pages(root).SelectMany(page => In(page, File.ReadAllLines(Path.Combine(root, page)))).ToArray();

    /// <summary>The commands of one page.</summary>
    public static IEnumerable<DocCommand> In(string page, IReadOnlyList<string> lines)
    {
        // Commands in a kata's README are typed in that kata's folder; elsewhere the repository root, unless a cd says otherwise.
        var home = page.StartsWith("katas/", StringComparison.Ordinal) ? Path.GetDirectoryName(page)!.Replace('\\', '/') : "";
        string? shell = null;
        var folder = home;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                // An opening fence names its language; a closing one ends the block.
                var language = line.Trim().TrimStart('`').Trim().ToLowerInvariant();
                shell = shell is not null ? null : ShellFences.Contains(language) ? ShellOf(language) : "other";
                folder = home;
                continue;
            }

            if (shell is "other")
            {
                continue;
            }

            if (shell is not null)
            {
                var text = WithoutComment(line, shell).Trim();
                if (text.Length == 0)
                {
                    continue;
                }

                if (CdTo().Match(text) is { Success: true } cd)
                {
                    // "cd katas/NN-id" is written from the repository's root, whichever page shows it.
                    var to = cd.Groups["to"].Value.Replace('\\', '/');
                    folder = Moved(to.StartsWith("katas/", StringComparison.Ordinal) ? "" : folder, to);
                    continue;
                }

                yield return new DocCommand(page, i + 1, folder, shell, text);
                continue;
            }

            foreach (Match span in InlineCode().Matches(line))
            {
                var text = span.Groups["code"].Value.Trim();
                if (InlineCommand().IsMatch(text))
                {
                    // In a sentence outside a kata's README, a bare `dotnet test` is kata 1's (the README's example);
                    // anything naming a path runs from the root.
                    var runsIn = home.Length > 0 ? home : BareDotnetTest().IsMatch(text) ? "katas/01-racy-cart" : "";
                    yield return new DocCommand(page, i + 1, runsIn, "sh", text, Inline: true);
                }
            }
        }
    }

    private static string ShellOf(string fence) => fence switch
    {
        "powershell" or "pwsh" or "ps" => "powershell",
        "cmd" or "bat" => "cmd",
        _ => "sh",
    };

    private static string WithoutComment(string line, string shell)
    {
        if (shell == "cmd")
        {
            var trimmed = line.TrimStart();
            return trimmed.StartsWith("REM ", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("::", StringComparison.Ordinal) ? "" : line;
        }

        // A # that starts the line or follows a space starts a comment (quotes in these docs never hold one).
        var at = line.TrimStart().StartsWith('#') ? 0 : line.IndexOf(" #", StringComparison.Ordinal);
        return at < 0 ? line : line[..at];
    }

    /// <summary>The folder <paramref name="to"/> leads to from <paramref name="folder"/>, relative to the repository ("" for the root).</summary>
    public static string Moved(string folder, string to)
    {
        var at = Path.GetFullPath(Path.Combine("/repo", folder, to.Replace('\\', '/')));
        var relative = Path.GetRelativePath("/repo", at).Replace('\\', '/');
        return relative == "." ? "" : relative;
    }

    private static IEnumerable<string> Folder(string root, string folder, string pattern) =>
        Directory.Exists(Path.Combine(root, folder))
            ? Directory.EnumerateFiles(Path.Combine(root, folder), pattern, SearchOption.AllDirectories)
                .Where(p => !p.Replace('\\', '/').Split('/').Any(part => part is "bin" or "obj" or "node_modules"))
            : [];

    [GeneratedRegex(@"^cd\s+(?<to>\S+)$")]
    private static partial Regex CdTo();

    // `dotnet test` with settings or options, but no project or folder of its own.
    [GeneratedRegex(@"^([A-Z_]+=\S+\s+)*dotnet test(\s+-[^\s]*(\s+(""[^""]*""|[^-\s]\S*))?)*\s*$")]
    private static partial Regex BareDotnetTest();

    [GeneratedRegex(@"`(?<code>[^`]+)`")]
    private static partial Regex InlineCode();

    // A sentence's code that is a whole command: runs the checks, a project, or the companion, with or without settings.
    [GeneratedRegex(@"^(([A-Z_]+=\S+\s+)*dotnet (test|run)\b|kitchen \w)")]
    private static partial Regex InlineCommand();
}
