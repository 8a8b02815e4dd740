using System.Text.RegularExpressions;
using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Grader.Tests;

/// <summary>
/// The workflows grade strangers' pull requests, so they must stay safe as they change: a tag can be moved to other
/// code after review, a commit SHA cannot, and <c>pull_request_target</c> would hand a fork's code a write token.
/// </summary>
[TestFixture]
public sealed partial class WorkflowSafetyTests
{
    private static readonly string Workflows = Path.Combine(KataLocator.FindRepoRoot(AppContext.BaseDirectory)!, ".github", "workflows");

    private static IEnumerable<string> WorkflowFiles() =>
        Directory.EnumerateFiles(Workflows, "*.yml").Concat(Directory.EnumerateFiles(Workflows, "*.yaml")).Order();

    [Test]
    public void Every_action_a_workflow_uses_is_pinned_to_a_full_commit_sha()
    {
        var uses = WorkflowFiles()
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (file, line, number: index + 1)))
            .Select(l => (l.file, l.number, match: UsesLine().Match(l.line)))
            .Where(l => l.match.Success)
            .ToList();

        Assert.That(uses, Is.Not.Empty, "the workflows use at least one action");
        var unpinned = uses
            .Where(u => !u.match.Groups["action"].Value.StartsWith("./", StringComparison.Ordinal))
            .Where(u => !FullSha().IsMatch(u.match.Groups["ref"].Value))
            .Select(u => $"{Path.GetFileName(u.file)}:{u.number} {u.match.Groups["action"].Value}@{u.match.Groups["ref"].Value}");
        Assert.That(unpinned, Is.Empty, "Pin each action to its 40-character commit SHA, with the tag in a comment.");
    }

    [Test]
    public void Every_workflow_has_a_read_only_token_and_never_runs_on_pull_request_target()
    {
        Assert.Multiple(() =>
        {
            foreach (var file in WorkflowFiles())
            {
                // Comments may explain the rules (they name pull_request_target); only the YAML itself counts.
                var text = string.Join('\n', File.ReadLines(file).Select(line => Comment().Replace(line, string.Empty)));
                var name = Path.GetFileName(file);
                Assert.That(text, Does.Not.Contain("pull_request_target"), $"{name} must not run fork code with a write token");
                Assert.That(text, Does.Match(@"(?m)^permissions:\s*\n\s+contents:\s*read\s*$"), $"{name} asks for a read-only token");
                Assert.That(text, Does.Not.Contain("secrets."), $"{name} must not hand secrets to graded code");
            }
        });
    }

    [GeneratedRegex(@"^\s*(-\s+)?uses:\s*(?<action>[^@\s]+)@(?<ref>[^\s#]+)")]
    private static partial Regex UsesLine();

    [GeneratedRegex(@"(^|\s)#.*$")]
    private static partial Regex Comment();

    [GeneratedRegex("^[0-9a-f]{40}$")]
    private static partial Regex FullSha();
}
