using System.Text.RegularExpressions;

namespace KitchenKatas.Cli.Tests;

/// <summary>A workflow step's grading command, read as the shell would read it.</summary>
internal static partial class WorkflowCommand
{
    /// <summary>The words after <c>--</c> of <paramref name="command"/> (dotnet run ... -- grade ...), quotes removed.</summary>
    public static IReadOnlyList<string> GraderArguments(string command)
    {
        var words = Word().Matches(command).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).ToList();
        Assert.That(words, Does.Contain("--"), $"The grading step should run the grader with dotnet run ... -- grade; it runs: {command}");
        return words.Skip(words.IndexOf("--") + 1).ToArray();
    }

    [GeneratedRegex("\"([^\"]*)\"|(\\S+)")]
    private static partial Regex Word();
}
