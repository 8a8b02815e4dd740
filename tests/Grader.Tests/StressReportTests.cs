namespace KitchenKatas.Grader.Tests;

[TestFixture]
public sealed class StressReportTests
{
    private static StressResult Result(StressVerdict verdict, params OutcomeCount[] rows) => new()
    {
        Title = "Two chefs add a tomato",
        Expectation = "7 tomatoes.",
        Verdict = verdict,
        Trials = rows.Sum(r => r.Count),
        Elapsed = TimeSpan.FromSeconds(1.2),
        Histogram = rows,
        TimeToDetection = verdict == StressVerdict.RaceSeen ? TimeSpan.FromMilliseconds(3.4) : null,
        Options = new StressOptions(),
        Cores = 2,
        Lanes = 1,
    };

    [Test]
    public void A_failure_tells_what_was_expected_what_happened_how_often_and_where_the_hints_are()
    {
        var result = Result(StressVerdict.RaceSeen,
            new OutcomeCount("6 tomatoes", 25, 25, OutcomeGrade.Forbidden, "One tomato vanished.", OutcomeKind.Value),
            new OutcomeCount("7 tomatoes", 75, 75, OutcomeGrade.Acceptable, "Both arrived.", OutcomeKind.Value));
        var text = StressReport.Describe(result, "README.md, section \"Hints\"");
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.StartWith("Two chefs add a tomato."));
            Assert.That(text, Does.Contain("Expected: 7 tomatoes."));
            Assert.That(text, Does.Contain("\"6 tomatoes\" in 25 of 100 trials (25 %), first after 3.4 ms"));
            Assert.That(text, Does.Contain("What it means: One tomato vanished."));
            Assert.That(text, Does.Match(@"6 tomatoes\s+25\s+25 %\s+FORBIDDEN\s+One tomato vanished\."));
            Assert.That(text, Does.Match(@"7 tomatoes\s+75\s+75 %\s+acceptable\s+Both arrived\."));
            Assert.That(text, Does.Contain("Read the hints: README.md, section \"Hints\""));
        });
    }

    [Test]
    public void A_clean_run_names_its_trials_and_time_and_gives_no_hint_pointer()
    {
        var result = Result(StressVerdict.NoRaceSeen,
            new OutcomeCount("7 tomatoes", 123456, 100, OutcomeGrade.Acceptable, "Both arrived.", OutcomeKind.Value));
        var text = StressReport.Describe(result, "README.md");
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("No race seen in 123,456 trials over 1.2 s on 2 core(s)"));
            Assert.That(text, Does.Not.Contain("Read the hints"));
        });
    }

    [Test]
    public void Rare_outcomes_keep_their_precision()
    {
        var result = Result(StressVerdict.RaceSeen,
            new OutcomeCount("6", 1, 0.0125, OutcomeGrade.Forbidden, "Lost.", OutcomeKind.Value),
            new OutcomeCount("7", 7999, 99.9875, OutcomeGrade.Acceptable, "Fine.", OutcomeKind.Value));
        Assert.That(StressReport.Table(result), Does.Contain("0.013 %"));
    }

    [Test]
    public void A_clean_run_that_could_not_reach_its_minimum_of_trials_says_the_machine_was_too_busy()
    {
        var starved = Result(StressVerdict.NoRaceSeen, new OutcomeCount("7", 36, 100, OutcomeGrade.Acceptable, "Fine.", OutcomeKind.Value))
            with { Options = new StressOptions { MinTrials = 2000 } };
        Assert.That(StressReport.Headline(starved), Does.Contain("Only 36 of the 2,000 trials wanted could run").And.Contain("too busy"));
    }
}
