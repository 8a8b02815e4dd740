using System.Text.RegularExpressions;

namespace KitchenKatas.Grader.Hints;

/// <summary>The layered hints of a kata, read from the "### Hint N" sections under "## Hints" in its README.</summary>
public static partial class HintBook
{
    /// <summary>
    /// The line every failing check of every kata ends with, pointing at its hints (e.g. <c>katas/01-racy-cart/README.md,
    /// section "Hints"</c>): one wording, wherever a check is told.
    /// </summary>
    public static string Footer(string pointer) => $"Stuck? Read the hints: {pointer}";

    /// <summary>The hints in <paramref name="readmePath"/>, first layer first; empty when it has none or does not exist.</summary>
    public static IReadOnlyList<string> Read(string readmePath)
    {
        if (!File.Exists(readmePath))
        {
            return [];
        }

        var text = File.ReadAllText(readmePath).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = text.IndexOf("\n## Hints", StringComparison.Ordinal);
        if (start < 0)
        {
            return [];
        }

        var section = text[(start + 1)..];
        var next = NextTopSection().Match(section, 3);
        if (next.Success)
        {
            section = section[..next.Index];
        }

        return HintHeading().Split(section).Skip(1).Select(Unwrap).Where(h => h.Length > 0).ToArray();
    }

    // README paragraphs are wrapped by hand; a terminal wraps better on its own.
    private static string Unwrap(string hint) => SingleNewline().Replace(hint.Trim(), " ");

    [GeneratedRegex(@"(?<!\n)\n(?!\n)")]
    private static partial Regex SingleNewline();

    [GeneratedRegex(@"^## ", RegexOptions.Multiline)]
    private static partial Regex NextTopSection();

    [GeneratedRegex(@"^### Hint \d+\s*$", RegexOptions.Multiline)]
    private static partial Regex HintHeading();
}
