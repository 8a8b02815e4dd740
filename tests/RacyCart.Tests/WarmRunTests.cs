using KitchenKatas.Grader.Isolation;
using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.Platforms;

namespace KitchenKatas.RacyCart.Tests;

/// <summary>
/// A learner's next <c>dotnet test</c> with nothing to compile: build warnings are gone (the compiler did not run), yet
/// the analyzers' hints and each check's voice are still there, said by the checks themselves. Under the grader, which
/// works the hints out on its own, the checks leave them out.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class WarmRunTests
{
    // A build folder of its own, so the kata's other runs building at the same time never write the same files.
    private const string Slot = "warm-run";

    private const string HintsHeading = "Hints from the kata's analyzers";
    private const string MembersCheck = "Check 8 of 8: The cart keeps the public members it came with";

    [Test]
    public async Task A_dotnet_test_that_compiles_nothing_still_shows_the_analyzers_hints_before_the_first_check()
    {
        // As a learner's own dotnet test runs: the kata's console logger, no results file, no grader folder.
        var run = await MembersCheckWithNothingToCompile(DotnetHost.QuietEnvironment());
        var output = run.StandardOutput;
        var hints = output.IndexOf(HintsHeading, StringComparison.Ordinal);
        var check = output.IndexOf(MembersCheck, StringComparison.Ordinal);

        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Not.Contain("warning KATA"), "Nothing was compiled, so no build warning carried a hint.");
            Assert.That(hints, Is.GreaterThanOrEqualTo(0), output);
            Assert.That(output, Does.Match(@"\n  Cart\.cs:\d+ KATA001: "), "Each hint names the learner's file, its line and the rule.");
            Assert.That(check, Is.GreaterThan(hints), "The hints come first, then the check says which it is.");
            Assert.That(run.ExitCode, Is.Zero, "The members check passes on the starter.");
        });
    }

    [Test]
    public async Task Under_the_grader_the_checks_leave_the_hints_to_the_grader_and_start_at_once()
    {
        // The grader names a data folder and works the hints out itself while the checks build (KataGrader.HintsAsync).
        using var data = new ScratchFolder("grader-data-");
        var run = await MembersCheckWithNothingToCompile(
            DotnetHost.QuietEnvironment(new Dictionary<string, string?> { [CheckData.FolderVariable] = data.Path }));

        Assert.Multiple(() =>
        {
            Assert.That(run.StandardOutput, Does.Not.Contain(HintsHeading), "Nobody reads hints said here under the grader.");
            Assert.That(run.StandardOutput, Does.Contain(MembersCheck));
            Assert.That(run.ExitCode, Is.Zero, "The members check passes on the starter.");
        });
    }

    // Builds the starter in the slot, then runs its members check with --no-build: nothing left to compile.
    private static async Task<ChildProcessResult> MembersCheckWithNothingToCompile(Dictionary<string, string?> environment)
    {
        var build = await KataTestRunner.BuildAsync(new KataTestRequest(RepoPaths.Kata) { BuildSlot = Slot });
        Assert.That(build.ExitCode, Is.Zero, build.StandardOutput);
        return await ChildProcessRunner.RunAsync(new ChildProcessRequest(
            DotnetHost.Path, ["test", "--no-build", $"-p:KataBuildSlot={Slot}", "--filter", "Name~public"])
        {
            WorkingDirectory = RepoPaths.Kata,
            Environment = environment,
            Timeout = TimeSpan.FromMinutes(5),
            CaptureStacksOnTimeout = false,
        });
    }
}
