using KitchenKatas.Grader.Cli;
using KitchenKatas.Grader.Katas;
using Spectre.Console.Testing;
using YamlDotNet.RepresentationModel;

namespace KitchenKatas.Cli.Tests;

/// <summary>
/// Marks a pull request cannot forge (.github/workflows/grade-trusted.yml): the workflow, read as YAML the way GitHub
/// reads it, checks out a trusted grader and the pull request apart, keeps no credentials and runs nothing of the pull
/// request's; its grading step, run here with the very arguments it passes, gives a pull request that rewrote the
/// checks, kata.json, the grader, the workflow or the build exactly the mark of its learner files: kata 1's starter,
/// 20 of 100.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class TrustedGradingTests
{
    private static readonly string Repo = KataLocator.FindRepoRoot(AppContext.BaseDirectory)!;
    private static readonly string WorkflowFile = Path.Combine(Repo, ".github", "workflows", "grade-trusted.yml");

    /// <summary>What a pull request may rewrite to raise its mark, each as it would sit in its checkout.</summary>
    public static readonly IReadOnlyDictionary<string, (string File, string Text)> Tamperings = new Dictionary<string, (string, string)>
    {
        ["checks"] = ("katas/01-racy-cart/Checks/CartRaceChecks.cs", "// every race check removed by the pull request\n"),
        ["kata.json"] = ("katas/01-racy-cart/kata.json", """{ "id": "racy-cart", "title": "forged", "learnerFiles": [ "Cart.cs" ], "checks": [] }"""),
        ["grader"] = ("grader/Grader.Host/Grading/KataGrader.cs", "// the grader, rewritten by the pull request to give full marks\n"),
        ["workflow"] = (".github/workflows/grade-trusted.yml", "name: grade-trusted\non: workflow_call\njobs:\n  marks:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo 100/100\n"),
        ["build"] = ("katas/01-racy-cart/Directory.Build.props", "<Project><PropertyGroup><NoWarn>$(NoWarn);CS0000</NoWarn></PropertyGroup><ItemGroup><Compile Include=\"Planted.cs\" /></ItemGroup></Project>\n"),
        ["extra file"] = ("katas/01-racy-cart/Planted.cs", "namespace Kitchen.RacyCart;\npublic static class Planted { }\n"),
    };

    private static YamlMappingNode Job()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(WorkflowFile);
        yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        return (YamlMappingNode)((YamlMappingNode)root["jobs"])["marks"];
    }

    private static IReadOnlyList<YamlMappingNode> Steps() => ((YamlSequenceNode)Job()["steps"]).Children.Cast<YamlMappingNode>().ToArray();

    [Test]
    public void It_is_only_called_by_a_teachers_shim_with_a_read_only_token()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(WorkflowFile);
        yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        Assert.Multiple(() =>
        {
            Assert.That(((YamlMappingNode)root["on"]).Children.Keys.Select(k => k.ToString()), Is.EqualTo(new[] { "workflow_call" }));
            Assert.That(((YamlMappingNode)((YamlMappingNode)((YamlMappingNode)root["on"])["workflow_call"])["inputs"]).Children.Keys.Select(k => k.ToString()),
                Is.EquivalentTo(new[] { "grader-repository", "grader-ref", "pass-mark" }));
            Assert.That(((YamlMappingNode)root["permissions"]).Children.Select(p => $"{p.Key}: {p.Value}"), Is.EqualTo(new[] { "contents: read" }));
        });
    }

    [Test]
    public void The_trusted_grader_and_the_pull_request_are_checked_out_apart_without_credentials_and_every_action_is_pinned()
    {
        var checkouts = Steps().Where(s => s.Children.TryGetValue("uses", out var uses) && uses.ToString().StartsWith("actions/checkout@", StringComparison.Ordinal))
            .Select(s => (YamlMappingNode)s["with"]).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(checkouts.Select(w => w["path"].ToString()), Is.EqualTo(new[] { "trusted", "pull-request" }));
            Assert.That(checkouts[0]["repository"].ToString(), Is.EqualTo("${{ inputs.grader-repository }}"));
            Assert.That(checkouts[0]["ref"].ToString(), Is.EqualTo("${{ inputs.grader-ref }}"));
            Assert.That(checkouts.Select(w => w["persist-credentials"].ToString()), Has.All.EqualTo("false"));
            Assert.That(Steps().Where(s => s.Children.ContainsKey("uses")).Select(s => s["uses"].ToString()), Has.All.Match("^[\\w-]+/[\\w-]+@[0-9a-f]{40}$"));
        });
    }

    [Test]
    public void Nothing_of_the_pull_request_runs_but_its_learner_files_inside_the_grade()
    {
        var runs = Steps().Where(s => s.Children.ContainsKey("run")).ToArray();
        var grade = runs.Single(s => s["run"].ToString().Contains(" grade", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(grade["working-directory"].ToString(), Is.EqualTo("trusted"), "The grader and checks are the trusted checkout's.");
            Assert.That(GradeArguments(), Does.Contain("--learner-files-from").And.Contain("../pull-request"));
            Assert.That(runs.Where(s => s != grade).Select(s => s["run"].ToString()), Has.None.Contains("pull-request"), "No other step touches the pull request's files.");
            Assert.That(Steps().Where(s => s.Children.ContainsKey("uses")).Select(s => s["uses"].ToString()), Has.None.StartWith("./"), "No action of the pull request's own.");
            Assert.That(((YamlMappingNode)Steps().Single(s => s.Children.ContainsKey("uses") && s["uses"].ToString().StartsWith("actions/setup-dotnet@", StringComparison.Ordinal))["with"])["global-json-file"].ToString(),
                Is.EqualTo("trusted/global.json"), "The SDK is the trusted checkout's choice too.");
        });
    }

    [Test]
    public async Task A_pull_request_that_rewrites_everything_at_once_gets_the_mark_of_its_learner_files() =>
        await AssertStarterMarkAsync(Tamperings.Keys.ToArray());

    [Test]
    [Category("Slow")]
    [TestCaseSource(nameof(TamperingNames))]
    public async Task A_pull_request_that_rewrites_one_thing_gets_the_mark_of_its_learner_files(string tampering) =>
        await AssertStarterMarkAsync([tampering]);

    private static IEnumerable<string> TamperingNames() => Tamperings.Keys;

    [Test]
    public async Task A_checkout_without_a_katas_folder_is_refused_with_a_clear_message()
    {
        var empty = Directory.CreateTempSubdirectory("not-a-checkout-").FullName;
        try
        {
            var console = new TestConsole();
            var code = await KitchenApp.RunAsync(["grade", "--repo", Repo, "--kata", "racy-cart", "--learner-files-from", empty], console);
            Assert.Multiple(() =>
            {
                Assert.That(code, Is.EqualTo(KitchenApp.UsageOrInternalError));
                Assert.That(console.Output, Does.Contain("Not a checkout of the katas").And.Contain("katas/01-racy-cart"));
            });
        }
        finally
        {
            Directory.Delete(empty, true);
        }
    }

    // A pull request's checkout: the starter's learner file, and each tampering written where it would sit.
    private static async Task AssertStarterMarkAsync(IReadOnlyList<string> tamperings)
    {
        var dir = Directory.CreateTempSubdirectory("trusted-").FullName;
        try
        {
            var pullRequest = Path.Combine(dir, "pull-request");
            var kata = Directory.CreateDirectory(Path.Combine(pullRequest, "katas", "01-racy-cart")).FullName;
            File.Copy(Path.Combine(Repo, "katas", "01-racy-cart", "Cart.cs"), Path.Combine(kata, "Cart.cs"));
            foreach (var (file, text) in tamperings.Select(t => Tamperings[t]))
            {
                var path = Path.Combine(pullRequest, file);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, text);
            }

            var summary = Path.Combine(dir, "step-summary.md");
            var arguments = GradeArguments()
                .Select(a => a switch
                {
                    "$PASS_MARK" => "100",
                    "$GITHUB_STEP_SUMMARY" => summary,
                    "../pull-request" => pullRequest,
                    "grade.json" or "grade.xml" => Path.Combine(dir, a),
                    _ => a,
                })
                .Concat(["--repo", Repo, "--kata", "racy-cart", "--budget", "0.5"])
                .ToArray();
            var console = new TestConsole();
            var code = await KitchenApp.RunAsync(arguments, console);
            Assert.Multiple(() =>
            {
                Assert.That(code, Is.EqualTo(1), "Below the pass mark the job fails.");
                Assert.That(File.ReadAllText(summary), Does.StartWith("## Kitchen Katas: 20/100 ❌"), string.Join(", ", tamperings));
                Assert.That(console.Output, Does.Contain("::notice title=Kitchen Katas::Score 20/100"));
                Assert.That(File.Exists(Path.Combine(dir, "grade.json")) && File.Exists(Path.Combine(dir, "grade.xml")), Is.True);
            });
            // The grade names the trusted checks that made it, whatever the pull request rewrote.
            using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "grade.json")));
            var kataInfo = KataLocator.FindAll(Repo).Single(k => k.Manifest.Id == "racy-cart");
            Assert.That(json.RootElement.GetProperty("katas")[0].GetProperty("checksVersion").GetString(), Is.EqualTo(ChecksVersion.Of(kataInfo)));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    // The arguments after `--` of the grading step's folded `run: >` command, quotes removed as the shell would.
    private static IReadOnlyList<string> GradeArguments()
    {
        var run = Steps().Single(s => s.Children.ContainsKey("run") && s["run"].ToString().Contains(" grade", StringComparison.Ordinal))["run"].ToString();
        return WorkflowCommand.GraderArguments(run);
    }
}
