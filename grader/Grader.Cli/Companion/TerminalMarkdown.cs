using System.Text.RegularExpressions;
using Spectre.Console;

namespace KitchenKatas.Grader.Cli.Companion;

/// <summary>
/// The little Markdown a kata's hints use, made fit for a terminal: **bold** and `code` styled instead of shown with
/// their marks, links as their words with the address after them, fenced code kept as it is.
/// </summary>
internal static partial class TerminalMarkdown
{
    /// <summary>Spectre markup for <paramref name="markdown"/>; everything else in it is escaped, never taken as markup.</summary>
    public static string ToMarkup(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var lines = new List<string>();
        var fenced = false;
        foreach (var line in markdown.Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                fenced = !fenced;
                continue;
            }

            lines.Add(fenced ? $"[grey]{Markup.Escape(line)}[/]" : Inline(line));
        }

        return string.Join("\n", lines);
    }

    private static string Inline(string line)
    {
        var text = Markup.Escape(line);
        text = Link().Replace(text, m => $"{m.Groups["words"].Value} ({m.Groups["address"].Value})");
        text = Bold().Replace(text, m => $"[bold]{m.Groups["text"].Value}[/]");
        text = Code().Replace(text, m => $"[cyan]{m.Groups["text"].Value}[/]");
        return text;
    }

    // Escaped already: Spectre doubles square brackets, so a link reads [[words]](address).
    [GeneratedRegex(@"\[\[(?<words>[^\]]+)\]\]\((?<address>[^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\*\*(?<text>[^*]+)\*\*")]
    private static partial Regex Bold();

    [GeneratedRegex(@"`(?<text>[^`]+)`")]
    private static partial Regex Code();
}
