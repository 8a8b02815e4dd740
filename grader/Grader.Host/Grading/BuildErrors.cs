using System.Text.RegularExpressions;

namespace KitchenKatas.Grader.Grading;

/// <summary>Pulls the compiler's errors out of a build log, with the file and line, without the MSBuild noise around them.</summary>
public static partial class BuildErrors
{
    /// <summary>Distinct compiler errors as "File.cs(line,col): error CSxxxx: message", paths shown relative to <paramref name="sourceDir"/>.</summary>
    public static IReadOnlyList<string> Extract(string log, string? sourceDir)
    {
        ArgumentNullException.ThrowIfNull(log);
        var errors = ErrorLine().Matches(log)
            .Select(m =>
            {
                var file = m.Groups["file"].Value.Trim();
                var mine = sourceDir is not null && file.StartsWith(Path.TrimEndingDirectorySeparator(sourceDir), StringComparison.Ordinal);
                return (Mine: mine, Text: $"{Path.GetFileName(file)}({m.Groups["pos"].Value}): error {m.Groups["code"].Value}: {m.Groups["message"].Value.Trim()}");
            })
            .DistinctBy(e => e.Text, StringComparer.Ordinal)
            .ToArray();

        // Errors in the checks are nearly always echoes of an error in the learner's own file: show the cause alone.
        var learner = errors.Where(e => e.Mine).ToArray();
        return (learner.Length > 0 ? learner : errors).Select(e => e.Text).ToArray();
    }

    [GeneratedRegex(@"^\s*(?<file>[^\r\n(]+\.cs)\((?<pos>\d+,\d+)\): error (?<code>CS\d+): (?<message>[^\r\n\[]+)", RegexOptions.Multiline)]
    private static partial Regex ErrorLine();
}
