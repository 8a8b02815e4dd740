namespace KitchenKatas.Grader.Cli.Commands.Grade;

/// <summary>
/// Pairs each <c>--format</c> with the <c>--output</c> that follows it on the command line (before the next
/// <c>--format</c>); a format with no output goes to the console.
/// </summary>
internal static class FormatPairs
{
    public static IReadOnlyList<(string Format, string? Output)> From(IReadOnlyList<string> args)
    {
        var pairs = new List<(string Format, string? Output)>();
        for (var i = 0; i < args.Count - 1; i++)
        {
            var (name, value) = (args[i], args[i + 1]);
            if (name is "-f" or "--format")
            {
                pairs.Add((value, null));
                i++;
            }
            else if (name is "-o" or "--output" && pairs.Count > 0 && pairs[^1].Output is null)
            {
                pairs[^1] = (pairs[^1].Format, value);
                i++;
            }
        }

        return pairs.Count == 0 ? [("text", null)] : pairs;
    }
}
