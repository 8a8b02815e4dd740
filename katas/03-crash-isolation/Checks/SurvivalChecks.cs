using Kitchen.CrashIsolation.Checks.Harness;
using NUnit.Framework;
using KitchenKatas.Grader.Testing;

namespace Kitchen.CrashIsolation.Checks;

/// <summary>Checks 1, 2 and 3: one evening with good tabs and every kind of bad one, side by side.</summary>
[TestFixture]
[NonParallelizable] // one check at a time; the evenings they read play in measured groups (KitchenScenarios.SideBySide)
public sealed class SurvivalChecks
{
    private static HarnessScenario Evening => KitchenScenarios.EveryPage;

    [Check(1, "The kitchen survives every kind of crash, every page runs in a tab of its own, and every tab gets a result, in order", Points = 15)]
    public void The_kitchen_survives_every_kind_of_crash_and_every_tab_gets_a_result()
    {
        var report = HarnessRun.Of(Evening).Returned();
        // Every page wrote its name in the logbook from a tab process; a page rendered inside the supervisor writes nothing there.
        var inside = Evening.Jobs.Where(j => !report.Processes.Any(p => p.Role == "tab" && p.Page == j.Page)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(report.Results.Select(r => r.Id), Is.EqualTo(Evening.Jobs.Select(j => j.Id)),
                "RunAllAsync must return one TabResult per tab, in the order of the jobs, even for the tabs that crashed or hung; "
                + $"it returned them as {string.Join(", ", report.Results.Select(r => r.Id))}. {KitchenFire.Hints}");
            Assert.That(inside, Is.Empty,
                $"These pages never ran in a tab process of their own: {string.Join(", ", inside.Select(j => $"tab {j.Id} (\"{j.Page}\")"))}. "
                + $"Every page, even a harmless one, goes through the tab program (TabCommand.StartInfo(options.WorkerPath)); never call TabPage.Render yourself. {KitchenFire.Hints}");
        });
    }

    [Check(2, "Good tabs render while bad tabs crash beside them, even a page longer than a pipe holds", Points = 5)]
    public void Good_tabs_render_while_bad_tabs_crash_beside_them()
    {
        var report = HarnessRun.Of(Evening).Returned();
        Assert.Multiple(() =>
        {
            foreach (var job in Evening.Jobs)
            {
                var result = report.For(job.Id);
                if (TabExpectations.RenderedHtml(job.Page) is { } html)
                {
                    var why = job.Page.StartsWith("feast ", StringComparison.Ordinal)
                        ? "Its page is longer than a pipe holds: the tab waits until somebody reads its standard output, so read it while the tab runs (start ReadToEndAsync before you wait for the exit), never only after."
                        : "A neighbour's fire must not spoil it.";
                    Assert.That(result?.Status == TabStatus.Rendered && result.Output?.Trim() == html, Is.True,
                        $"Tab {job.Id} (page \"{job.Page}\") is a good page: expected Rendered with Output {TabExpectations.Quote(html)} ({html.Length} characters), got {TabExpectations.Show(result)}. {why} {KitchenFire.Hints}");
                }
                else
                {
                    Assert.That(result?.Status, Is.Not.EqualTo(TabStatus.Rendered),
                        $"Tab {job.Id} (page \"{job.Page}\") never renders, yet it was reported {TabExpectations.Show(result)}. {KitchenFire.Hints}");
                }
            }
        });
    }

    [Check(3, "Every crash is named for what killed the tab, how it ended, and its last words", Points = 15)]
    public void Every_crash_is_named_for_what_killed_the_tab()
    {
        var report = HarnessRun.Of(Evening).Returned();
        Assert.Multiple(() =>
        {
            foreach (var job in Evening.Jobs)
            {
                var result = report.For(job.Id);
                if (CrashErrorJudge.IsCrash(job.Page))
                {
                    Assert.That(result?.Status, Is.EqualTo(TabStatus.Crashed),
                        $"Tab {job.Id} (page \"{job.Page}\") crashes: expected Crashed, got {TabExpectations.Show(result)}. {KitchenFire.Hints}");
                    if (result is not { Status: TabStatus.Crashed })
                    {
                        continue;
                    }

                    var witness = report.Witnessed.FirstOrDefault(w => w.Page == job.Page);
                    var problems = CrashErrorJudge.Problems(job.Page, result.Error ?? "", witness?.ExitCode, witness?.ErrorLines ?? [], OperatingSystem.IsWindows());
                    Assert.That(problems, Is.Empty,
                        $"Tab {job.Id} (page \"{job.Page}\") crashed, and your Error reads {TabExpectations.Quote(result.Error, 500)}. A person reading it needs more: "
                        + string.Join("; ", problems) + ". README.md, task 3, shows the three parts: what killed it, how it ended, its last words. " + KitchenFire.Hints);
                }
                else if (job.Page.StartsWith("hang", StringComparison.Ordinal))
                {
                    Assert.That(result?.Status, Is.EqualTo(TabStatus.TimedOut),
                        $"Tab {job.Id} (page \"{job.Page}\") hangs: expected TimedOut, got {TabExpectations.Show(result)}. {KitchenFire.Hints}");
                }
            }
        });
    }
}
