using KitchenKatas.Grader.Isolation;
using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.Platforms;

namespace KitchenKatas.Cli.Tests;

/// <summary>
/// A class is many strangers' programs run as the teacher: <c>grade --submissions</c> never runs it without a sandbox
/// unless the teacher says so. The grader runs as its own process here, with the sandbox turned off for it alone.
/// </summary>
[TestFixture]
public sealed class UnsandboxedClassTests
{
    [Test]
    public async Task Without_a_sandbox_a_class_is_refused_and_the_teacher_is_told_why_and_how_to_go_on()
    {
        var submissions = Directory.CreateTempSubdirectory("class-").FullName;
        try
        {
            var run = await Kitchen(["grade", "--kata", "racy-cart", "--submissions", submissions]);

            Assert.That(run.ExitCode, Is.EqualTo(2), run.StandardOutput);
            Assert.That(run.StandardOutput, Does.Contain("Not grading the class").And.Contain("KITCHEN_SANDBOX=off").And.Contain("--allow-unsandboxed"));
        }
        finally
        {
            Directory.Delete(submissions, recursive: true);
        }
    }

    [Test]
    public async Task With_allow_unsandboxed_the_class_is_graded()
    {
        var submissions = Directory.CreateTempSubdirectory("class-").FullName;
        var roster = Directory.CreateTempSubdirectory("roster-").FullName;
        try
        {
            // An empty class: the refusal is the only thing that could stop it, and nothing is built.
            var run = await Kitchen(["grade", "--kata", "racy-cart", "--submissions", submissions, "--roster", roster, "--allow-unsandboxed"]);

            Assert.That(run.StandardOutput, Does.Not.Contain("Not grading the class"));
        }
        finally
        {
            Directory.Delete(submissions, recursive: true);
            Directory.Delete(roster, recursive: true);
        }
    }

    private static Task<ChildProcessResult> Kitchen(IReadOnlyList<string> arguments) =>
        ChildProcessRunner.RunAsync(new ChildProcessRequest(DotnetHost.Path, [Path.Combine(AppContext.BaseDirectory, "kitchen.dll"), .. arguments])
        {
            WorkingDirectory = KataLocator.FindRepoRoot(AppContext.BaseDirectory)!,
            Environment = new Dictionary<string, string?> { ["KITCHEN_SANDBOX"] = "off" },
            Timeout = TimeSpan.FromMinutes(5),
            CaptureStacksOnTimeout = false,
        });
}
