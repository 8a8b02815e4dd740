using KitchenKatas.Grader.Cli.Reporting;
using KitchenKatas.Grader.Katas;
using Spectre.Console;
using Spectre.Console.Testing;

namespace KitchenKatas.Cli.Tests;

/// <summary>
/// What <c>kitchen kata check</c> and <c>kitchen grade</c> show while the checks run: the checks say where they are in
/// the run's progress file, the grader words it from its own kata.json, live in a terminal and as plain lines elsewhere.
/// </summary>
[TestFixture]
public sealed class ProgressDisplayTests
{
    private const string First = "Kitchen.Tiny.Checks.CounterChecks.Two_chefs_count_every_order";
    private const string Second = "Kitchen.Tiny.Checks.OvenChecks.The_oven_warms_up";

    private static readonly KataManifest Tiny = new()
    {
        Id = "tiny",
        Title = "The tiny kitchen",
        LearnerFiles = ["Counter.cs"],
        Checks =
        [
            new KataCheckInfo(First, "Two chefs count every order", 10),
            new KataCheckInfo(Second, "The oven warms up", 5),
        ],
    };

    [TestCase(true, true, null, ExpectedResult = true, TestName = "A terminal a person watches gets the live display")]
    [TestCase(true, true, "true", ExpectedResult = false, TestName = "CI=true gets plain lines")]
    [TestCase(true, true, "1", ExpectedResult = false, TestName = "CI=1 gets plain lines")]
    [TestCase(true, true, "false", ExpectedResult = true, TestName = "CI=false is a terminal again")]
    [TestCase(false, true, null, ExpectedResult = false, TestName = "Output redirected to a file or a pipe gets plain lines")]
    [TestCase(true, false, null, ExpectedResult = false, TestName = "A terminal without ANSI gets plain lines")]
    public bool The_display_is_live_only_in_an_interactive_terminal_off_CI(bool interactive, bool ansi, string? ci) =>
        ProgressDisplay.IsLive(new TestCapabilities { Interactive = interactive, Ansi = ansi }, ci);

    [Test]
    public void Plain_lines_say_each_stage_each_check_as_it_starts_and_each_step_once()
    {
        var console = new TestConsole();
        var counter = new KataProgressCounter(Tiny, new PlainProgressLines(console));
        counter.Stage(KataStage.Building);
        counter.Stage(KataStage.Checking);
        counter.Take(new CheckProgress(First, CheckStep.Started));
        counter.Take(new CheckProgress(First, CheckStep.Exploring));
        counter.Take(new CheckProgress(First, CheckStep.OnRealCores));
        counter.Take(new CheckProgress(First, CheckStep.OnRealCores));
        counter.Take(new CheckProgress(First, CheckStep.WithNoise));
        counter.Take(new CheckProgress(First, CheckStep.Finished));
        counter.Take(new CheckProgress(Second, CheckStep.Started));
        counter.Take(new CheckProgress(Second, CheckStep.Measuring, 1, 3));
        counter.Take(new CheckProgress(Second, CheckStep.Measuring, 2, 3));
        counter.Take(new CheckProgress(Second, CheckStep.Finished));
        counter.Stage(KataStage.Done);

        Assert.That(console.Lines, Is.EqualTo(new[]
        {
            "The tiny kitchen: building your code…",
            "The tiny kitchen: starting the checks…",
            "  Check 1 of 2: Two chefs count every order",
            "    trying schedules one chef at a time",
            "    shaking your code on every core",
            "    shaking it again with pauses between your statements",
            "  Check 2 of 2: The oven warms up",
            "    measuring (1 of 3)",
            "    measuring (2 of 3)",
            "The tiny kitchen: 2 of 2 checks ran.",
        }));
    }

    [Test]
    public void A_line_about_a_check_kata_json_does_not_name_shows_nothing_and_a_check_ends_once()
    {
        var seen = new List<KataProgress>();
        var counter = new KataProgressCounter(Tiny, new Seen(seen));
        counter.Take(new CheckProgress("Kitchen.Tiny.Checks.Forged.All_checks_passed", CheckStep.Finished));
        counter.Take(new CheckProgress(First, CheckStep.Finished));
        counter.Take(new CheckProgress(First, CheckStep.Finished));

        Assert.Multiple(() =>
        {
            Assert.That(seen, Has.Count.EqualTo(1), "Only the check kata.json names moves the display, and only the first time it ends.");
            Assert.That(seen[^1].ChecksDone, Is.EqualTo(1));
            Assert.That(seen[^1].CheckTitle, Is.EqualTo("Two chefs count every order"), "The title is kata.json's, never the file's.");
        });
    }

    [Test]
    public void The_live_display_shows_the_kata_with_its_checks_done_the_running_check_and_its_step()
    {
        var live = new LiveProgress();
        var counter = new KataProgressCounter(Tiny, live);
        counter.Stage(KataStage.Checking);
        counter.Take(new CheckProgress(First, CheckStep.Started));
        counter.Take(new CheckProgress(First, CheckStep.Finished));
        counter.Take(new CheckProgress(Second, CheckStep.Started));
        counter.Take(new CheckProgress(Second, CheckStep.Measuring, 2, 3));
        var console = new TestConsole();
        console.Write(live.Render(0));

        Assert.That(console.Lines.Select(l => l.TrimEnd()), Is.EqualTo(new[]
        {
            "⠋ The tiny kitchen ━━━━━━━━━━━━━━━━ 1 of 2 checks done",
            "  Check 2 of 2: The oven warms up",
            "    measuring (2 of 3)",
        }));
    }

    [Test]
    public async Task In_a_terminal_the_live_display_hands_back_what_grading_returned()
    {
        var console = new TestConsole().Interactive();
        console.Profile.Capabilities.Ansi = true;

        var answer = await ProgressDisplay.ShowAsync(console, progress =>
        {
            progress.Report(new KataProgress("tiny", "The tiny kitchen", KataStage.Building, 2));
            return Task.FromResult(42);
        });

        Assert.That(answer, Is.EqualTo(42));
    }

    private sealed class Seen(List<KataProgress> seen) : IProgress<KataProgress>
    {
        public void Report(KataProgress value) => seen.Add(value);
    }

    private sealed class TestCapabilities : IReadOnlyCapabilities
    {
        public ColorSystem ColorSystem => ColorSystem.TrueColor;

        public bool Ansi { get; init; }

        public bool Links => false;

        public bool Legacy => false;

        public bool IsTerminal => Interactive;

        public bool Interactive { get; init; }

        public bool Unicode => true;

        public bool AlternateBuffer => false;
    }
}
