using System.Text.RegularExpressions;
using KitchenKatas.Grader.Katas;
using YamlDotNet.RepresentationModel;

namespace KitchenKatas.Cli.Tests;

/// <summary>
/// The class-grading workflow, parsed as YAML the way GitHub reads it: started by hand, one job per part from a matrix
/// of N, a merge after them, the roster kept as an artifact, a read-only token and every action pinned.
/// </summary>
[TestFixture]
public sealed partial class GradeClassWorkflowTests
{
    private static readonly string File = Path.Combine(KataLocator.FindRepoRoot(AppContext.BaseDirectory)!, ".github", "workflows", "grade-class.yml");

    private static YamlMappingNode Workflow()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(File);
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    [Test]
    public void It_is_started_by_hand_with_a_read_only_token()
    {
        var workflow = Workflow();
        Assert.Multiple(() =>
        {
            Assert.That(At(workflow, "on", "workflow_dispatch", "inputs", "shards", "default"), Is.EqualTo("4"));
            Assert.That(((YamlMappingNode)workflow["on"]).Children.Keys.Select(k => k.ToString()), Is.EqualTo(new[] { "workflow_dispatch" }));
            Assert.That(((YamlMappingNode)workflow["permissions"]).Children.Select(p => $"{p.Key}: {p.Value}"), Is.EqualTo(new[] { "contents: read" }));
        });
    }

    [Test]
    public void Each_part_of_the_matrix_grades_its_shard_and_the_merge_keeps_the_class_roster()
    {
        var jobs = (YamlMappingNode)Workflow()["jobs"];
        var grade = (YamlMappingNode)jobs["grade"];
        var merge = (YamlMappingNode)jobs["merge"];
        var gradeRuns = Runs(grade);
        var mergeRuns = Runs(merge);
        Assert.Multiple(() =>
        {
            Assert.That(At(grade, "strategy", "matrix", "shard"), Is.EqualTo("${{ fromJSON(needs.plan.outputs.shards) }}"));
            Assert.That(gradeRuns, Does.Contain("--shard \"$SHARD/$SHARDS\"").And.Contain("--submissions"));
            Assert.That(merge["needs"].ToString(), Is.EqualTo("grade"));
            Assert.That(mergeRuns, Does.Contain("roster merge parts/roster-part-* --output roster"));
            Assert.That(Uploads(merge), Has.Member("class-roster"));
            Assert.That(Uploads(grade), Has.Member("roster-part-${{ matrix.shard }}"));
        });
    }

    [Test]
    public void Every_action_is_pinned_by_commit_sha_and_no_checkout_keeps_credentials()
    {
        var steps = ((YamlMappingNode)Workflow()["jobs"]).Children.Values.Cast<YamlMappingNode>()
            .Where(j => j.Children.ContainsKey("steps"))
            .SelectMany(j => ((YamlSequenceNode)j["steps"]).Children.Cast<YamlMappingNode>())
            .Where(s => s.Children.ContainsKey("uses"))
            .ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(steps.Select(s => s["uses"].ToString()), Is.All.Matches(Pinned()));
            Assert.That(steps.Where(s => s["uses"].ToString().StartsWith("actions/checkout@", StringComparison.Ordinal)).Select(s => At(s, "with", "persist-credentials")), Is.All.EqualTo("false"));
        });
    }

    private static string Runs(YamlMappingNode job) =>
        string.Join("\n", ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>().Where(s => s.Children.ContainsKey("run")).Select(s => s["run"].ToString()));

    private static IEnumerable<string> Uploads(YamlMappingNode job) =>
        ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>()
            .Where(s => s.Children.ContainsKey("uses") && s["uses"].ToString().StartsWith("actions/upload-artifact@", StringComparison.Ordinal))
            .Select(s => At(s, "with", "name"));

    private static string At(YamlMappingNode node, params string[] path)
    {
        YamlNode at = node;
        foreach (var key in path)
        {
            at = ((YamlMappingNode)at)[key];
        }

        return at.ToString();
    }

    [GeneratedRegex("^[A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+@[0-9a-f]{40}$")]
    private static partial Regex Pinned();
}
