using KitchenKatas.Grader.Cli;
using KitchenKatas.Grader.Katas;
using Spectre.Console.Testing;

namespace KitchenKatas.Cli.Tests;

/// <summary>
/// The grading step of .github/workflows/grade.yml, run here with the very arguments the workflow passes (read from the
/// file), against kata 1 solved and unsolved: what it would publish as the job summary and as annotations, and whether
/// it would fail the job. Only three things are added: --repo, the kata and its submission, and a short stress budget.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class WorkflowGradingTests
{
    private static readonly string Repo = KataLocator.FindRepoRoot(AppContext.BaseDirectory)!;

    [Test]
    public void The_workflow_grades_pull_requests_only_with_a_read_only_token()
    {
        var workflow = File.ReadAllLines(Path.Combine(Repo, ".github", "workflows", "grade.yml"));
        Assert.Multiple(() =>
        {
            Assert.That(workflow, Has.Some.Match(@"^\s+pull_request:\s*$").And.None.Match(@"^\s*pull_request_target\s*:"));
            Assert.That(workflow, Has.Some.Match(@"^\s+contents: read\s*$").And.None.Match(@"^\s+\w+: write"));
            Assert.That(GradeArguments(), Does.Contain("github").And.Contain("markdown").And.Contain("$GITHUB_STEP_SUMMARY"));
        });
    }

    [Test]
    public async Task An_unsolved_kata_fails_the_job_with_an_error_on_the_learners_file_for_each_failed_check()
    {
        var published = await GradeAsWorkflowAsync(Path.Combine(Repo, "katas", "01-racy-cart", "Cart.cs"));

        var errors = published.Annotations.Where(l => l.StartsWith("::error ", StringComparison.Ordinal)).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(published.ExitCode, Is.EqualTo(1), "Below the pass mark the grading step fails the job.");
            Assert.That(published.Summary, Does.StartWith("## Kitchen Katas: 20/100 ❌"));
            Assert.That(published.Summary, Does.Contain("| racy-cart | Two chefs adding the same item lose none | 0/20 | **failed** |"));
            Assert.That(errors, Has.Length.EqualTo(5), "One error per failed check: checks 1 to 4 and 7.");
            Assert.That(errors, Has.All.StartWith("::error file=katas/01-racy-cart/Cart.cs,title=racy-cart%3A "));
            var warnings = published.Annotations.Where(l => l.StartsWith("::warning ", StringComparison.Ordinal)).ToArray();
            Assert.That(warnings, Is.Not.Empty, "The starter gets the analyzers' hints.");
            Assert.That(warnings, Has.All.Match(@"^::warning file=katas/01-racy-cart/Cart\.cs,line=\d+,title=KATA\d{3}::"), "Hints point at a line of the learner's file.");
            Assert.That(published.Annotations, Has.Some.EqualTo("::notice title=Kitchen Katas::Score 20/100"));
            Assert.That(published.Annotations, Has.All.StartWith("::"), "Every line is a workflow command: a learner's output never starts a line of its own.");
            Assert.That(published.ReportsKept, Is.True, "grade.json and grade.xml are written for the artifact.");
        });
    }

    [Test]
    public async Task A_solved_kata_passes_the_job_with_full_marks_and_no_error()
    {
        var published = await GradeAsWorkflowAsync(Path.Combine(Repo, "solutions", "01-racy-cart", "Cart.cs"));

        Assert.Multiple(() =>
        {
            Assert.That(published.ExitCode, Is.Zero);
            Assert.That(published.Summary, Does.StartWith("## Kitchen Katas: 100/100 ✅").And.Not.Contain("**failed**"));
            Assert.That(published.Annotations.Where(l => l.StartsWith("::error", StringComparison.Ordinal)), Is.Empty);
            Assert.That(published.Annotations, Has.Some.EqualTo("::notice title=Kitchen Katas::Score 100/100"));
            Assert.That(published.ReportsKept, Is.True);
        });
    }

    // What the grading step would publish: its exit code, the job summary, the annotation lines, and whether it kept the reports.
    private sealed record Published(int ExitCode, string Summary, IReadOnlyList<string> Annotations, bool ReportsKept);

    private static async Task<Published> GradeAsWorkflowAsync(string cartFile)
    {
        var dir = Directory.CreateTempSubdirectory("workflow-").FullName;
        try
        {
            var submission = Directory.CreateDirectory(Path.Combine(dir, "pull-request")).FullName;
            File.Copy(cartFile, Path.Combine(submission, "Cart.cs"));
            var summary = Path.Combine(dir, "step-summary.md");
            var arguments = GradeArguments()
                .Select(a => a switch
                {
                    "$PASS_MARK" => "100", // the workflow's default
                    "$GITHUB_STEP_SUMMARY" => summary,
                    "grade.json" or "grade.xml" => Path.Combine(dir, a),
                    _ => a,
                })
                .Concat(["--repo", Repo, "--kata", "racy-cart", "--submission", submission, "--budget", "0.5"])
                .ToArray();
            var console = new TestConsole();
            var code = await KitchenApp.RunAsync(arguments, console);
            var annotations = console.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return new Published(
                code, File.ReadAllText(summary), annotations,
                File.Exists(Path.Combine(dir, "grade.json")) && File.Exists(Path.Combine(dir, "grade.xml")));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    // The arguments after `--` of the "Grade the katas" step's folded `run: >` command, quotes removed as the shell would.
    private static IReadOnlyList<string> GradeArguments()
    {
        var lines = File.ReadAllLines(Path.Combine(Repo, ".github", "workflows", "grade.yml"));
        var step = Array.FindIndex(lines, l => l.Trim() == "- name: Grade the katas");
        var run = Array.FindIndex(lines, step, l => l.Trim() == "run: >");
        var indent = lines[run + 1].Length - lines[run + 1].TrimStart().Length;
        var command = string.Join(" ", lines.Skip(run + 1).TakeWhile(l => l.Length - l.TrimStart().Length >= indent && l.Trim().Length > 0).Select(l => l.Trim()));
        return WorkflowCommand.GraderArguments(command);
    }
}
