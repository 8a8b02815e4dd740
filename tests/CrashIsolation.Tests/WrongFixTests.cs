namespace KitchenKatas.CrashIsolation.Tests;

[TestFixture]
[NonParallelizable] // reads the runs of KataRuns, which starts them two at a time itself
public sealed class WrongFixTests
{
    // Every end-to-end run starts now, two at a time, whichever of their fixtures comes first.
    [OneTimeSetUp]
    public void StartTheRuns() => KataRuns.StartAll();

    // Each wrong fix fails the check that teaches its mistake, with the words that name it.
    [TestCase("threads-with-try-catch", 1, "burned down", TestName = "Threads with try/catch still burn the kitchen down (check 1)")]
    [TestCase("processes-without-timeout", 4, "had not returned", TestName = "Processes without a timeout wait for a hung tab for ever (check 4)")]
    [TestCase("kill-without-tree", 4, "grandchild", TestName = "Kill() without the process tree leaves the tab's helper running (check 4)")]
    [TestCase("unbounded-spawning", 6, "MaxConcurrentWorkers is 2", TestName = "Unbounded spawning opens more tabs than there is room for (check 6)")]
    [TestCase("vague-reports", 3, "in your own words", TestName = "A crash report that only quotes the tab's last words does not say what killed it (check 3)")]
    [TestCase("vague-reports", 3, "killed by signal 6", TestName = "A crash report without the signal does not say how the tab ended (check 3)")]
    [TestCase("vague-reports", 4, "does not say how long", TestName = "A timed-out tab with no Error leaves the reader guessing (check 4)")]
    [TestCase("vague-reports", 9, "naming MaxConcurrentWorkers", TestName = "A supervisor that takes MaxConcurrentWorkers 0 would make every tab wait for ever (check 9)")]
    public void A_wrong_fix_fails_the_check_that_teaches_its_mistake(string wrongFix, int check, string words)
    {
        var outcome = KataRuns.WrongFix(wrongFix).Check(check);
        Assert.That(outcome.Passed, Is.False, $"The wrong fix {wrongFix} passed check {check}.");
        Assert.That(outcome.Message, Does.Contain(words));
    }

    // The wrong fixes that get the rest right pass the rest: failing them elsewhere would be a false positive. (Not the
    // unbounded spawner's checks 1 to 3 and 5: ten tabs at once on two busy cores may rightly run past their timeout.)
    [TestCase("kill-without-tree", 1)]
    [TestCase("kill-without-tree", 2)]
    [TestCase("kill-without-tree", 3)]
    [TestCase("kill-without-tree", 6)]
    [TestCase("kill-without-tree", 7)]
    [TestCase("kill-without-tree", 8)]
    [TestCase("unbounded-spawning", 4)]
    [TestCase("unbounded-spawning", 7)]
    [TestCase("unbounded-spawning", 8)]
    [TestCase("vague-reports", 1)]
    [TestCase("vague-reports", 2)]
    [TestCase("vague-reports", 5)]
    [TestCase("vague-reports", 6)]
    [TestCase("vague-reports", 7)]
    [TestCase("vague-reports", 8)]
    public void A_wrong_fix_passes_the_checks_it_gets_right(string wrongFix, int check)
    {
        var outcome = KataRuns.WrongFix(wrongFix).Check(check);
        Assert.That(outcome.Passed, Is.True, outcome.Message);
    }
}
