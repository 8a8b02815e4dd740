namespace KitchenKatas.Grader.Tests;

[TestFixture]
[NonParallelizable]
public sealed class StressRunnerTests
{
    private static readonly StressOptions Short = new() { Budget = TimeSpan.FromMilliseconds(300), TrialTimeout = TimeSpan.FromSeconds(1) };

    private static StressScenario<Counter, int> TwoChefs(Action<Counter> act) =>
        Scenario.For(() => new Counter(), "Two chefs bump the counter")
            .Chef("Chef 1", act)
            .Chef("Chef 2", act)
            .Arbiter(c => c.Value)
            .Expect("the counter ends at 2.")
            .Accept(2, "Both bumps arrived.")
            .Forbid(1, "Both chefs read 0 and wrote 1: one bump vanished.")
            .Otherwise("Something nobody expected.");

    [Test]
    public void Lost_update_is_seen_and_named_with_its_meaning()
    {
        var result = TwoChefs(c => c.RacyIncrement()).Run(Short with { Budget = TimeSpan.FromSeconds(5) });
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(StressVerdict.RaceSeen));
            Assert.That(result.WorstOutcome!.Outcome, Is.EqualTo("1"));
            Assert.That(result.WorstOutcome.Meaning, Does.Contain("vanished"));
            Assert.That(result.TimeToDetection, Is.Not.Null);
        });
    }

    [Test]
    public void Early_stop_ends_every_lane_at_its_first_forbidden_outcome()
    {
        // Every trial is forbidden, so each lane stops after exactly one trial, whatever the budget.
        var alwaysWrong = Scenario.For(() => new Counter(), "Every count is wrong")
            .Chef("Chef 1", c => c.SafeIncrement())
            .Chef("Chef 2", c => c.SafeIncrement())
            .Arbiter(c => c.Value)
            .Expect("never satisfied.")
            .Forbid(_ => true, "Always forbidden.")
            .Otherwise("Unreachable.");
        var result = alwaysWrong.Run(Short with { Budget = TimeSpan.FromMinutes(10) });
        Assert.That(result.Trials, Is.InRange(1, result.Lanes));
    }

    [Test]
    public void Histogram_counts_every_trial_and_shares_add_up_to_one_hundred_percent()
    {
        var result = TwoChefs(c => c.RacyIncrement()).Run(Short with { StopAtFirstForbidden = false });
        Assert.Multiple(() =>
        {
            Assert.That(result.Histogram.Sum(r => r.Count), Is.EqualTo(result.Trials));
            Assert.That(result.Histogram.Sum(r => r.Percent), Is.EqualTo(100).Within(0.001));
            Assert.That(result.Histogram[0].Grade, Is.EqualTo(OutcomeGrade.Forbidden), "Forbidden rows come first.");
            Assert.That(result.Histogram.Single(r => r.Outcome == "2").Grade, Is.EqualTo(OutcomeGrade.Acceptable));
        });
    }

    [Test]
    public void Without_early_stop_the_run_goes_on_after_the_first_forbidden_outcome()
    {
        var result = TwoChefs(c => c.RacyIncrement()).Run(Short with { StopAtFirstForbidden = false });
        Assert.That(result.Histogram.Where(r => r.Grade == OutcomeGrade.Forbidden).Sum(r => r.Count), Is.GreaterThan(1));
    }

    [Test]
    public void Correct_code_gets_no_race_seen_worded_as_evidence_not_proof()
    {
        var result = TwoChefs(c => c.SafeIncrement()).Run(Short);
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(StressVerdict.NoRaceSeen));
            Assert.That(result.Trials, Is.GreaterThan(0));
            Assert.That(StressReport.Headline(result), Does.StartWith("No race seen in").And.Contain("evidence, not proof"));
            Assert.That(StressReport.Headline(result), Does.Not.Contain("proven").IgnoreCase.And.Not.Contain("correct").IgnoreCase);
        });
    }

    [Test]
    public void An_exception_in_an_actor_is_a_detection_that_names_the_chef()
    {
        var scenario = Scenario.For(() => new Counter(), "Chef 2 drops a pan")
            .Chef("Chef 1", c => c.SafeIncrement())
            .Chef("Chef 2", _ => throw new InvalidOperationException("dropped the pan"))
            .Arbiter(c => c.Value)
            .Expect("nothing falls.")
            .Accept(_ => true, "Fine.")
            .Otherwise("Unexpected.");
        var result = scenario.Run(Short);
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(StressVerdict.RaceSeen));
            Assert.That(result.WorstOutcome!.Kind, Is.EqualTo(OutcomeKind.Exception));
            Assert.That(result.WorstOutcome.Outcome, Is.EqualTo("Chef 2 threw InvalidOperationException"));
            Assert.That(result.FirstException, Does.Contain("dropped the pan"));
        });
    }

    [Test]
    public void An_exception_in_the_arbiter_or_the_constructor_is_a_detection_not_a_crash()
    {
        var arbiterThrows = Scenario.For(() => new Counter(), "The check itself fails")
            .Chef("Chef 1", c => c.SafeIncrement())
            .Arbiter<int>(_ => throw new KeyNotFoundException())
            .Expect("a count.")
            .Otherwise("Unexpected.");
        var setupThrows = Scenario.For<Counter>(() => throw new InvalidOperationException("no kitchen"), "No kitchen")
            .Chef("Chef 1", c => c.SafeIncrement())
            .Arbiter(c => c.Value)
            .Expect("a kitchen.")
            .Otherwise("Unexpected.");
        Assert.Multiple(() =>
        {
            Assert.That(arbiterThrows.Run(Short).WorstOutcome!.Outcome, Is.EqualTo("the final check threw KeyNotFoundException"));
            Assert.That(setupThrows.Run(Short).WorstOutcome!.Outcome, Is.EqualTo("setup threw InvalidOperationException"));
        });
    }

    [Test]
    public void A_deadlocked_trial_becomes_a_hang_verdict_and_the_harness_returns()
    {
        var never = new ManualResetEventSlim(false);
        var scenario = Scenario.For(() => new Counter(), "Chef 2 waits for ever")
            .Chef("Chef 1", c => c.SafeIncrement())
            .Chef("Chef 2", _ => never.Wait())
            .Arbiter(c => c.Value)
            .Expect("both chefs finish.")
            .Accept(1, "Fine.")
            .Otherwise("Unexpected.");
        var result = scenario.Run(Short with { TrialTimeout = TimeSpan.FromMilliseconds(300) });
        never.Set(); // frees the abandoned thread
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(StressVerdict.Hung));
            Assert.That(result.HangDetail, Is.EqualTo("Chef 2"));
            Assert.That(StressReport.Headline(result), Does.Contain("Chef 2 was still working").And.Contain("deadlock"));
        });
    }

    [Test]
    public void An_endless_loop_in_the_arbiter_is_reported_as_a_hang()
    {
        var stop = 0;
        var scenario = Scenario.For(() => new Counter(), "The check spins")
            .Chef("Chef 1", c => c.SafeIncrement())
            .Arbiter(c =>
            {
                while (Volatile.Read(ref stop) == 0)
                {
                    Thread.SpinWait(10);
                }

                return c.Value;
            })
            .Expect("a count.")
            .Accept(1, "Fine.")
            .Otherwise("Unexpected.");
        var result = scenario.Run(Short with { TrialTimeout = TimeSpan.FromMilliseconds(300) });
        Volatile.Write(ref stop, 1);
        Assert.That(result.HangDetail, Does.Contain("final check"));
    }

    [Test]
    public void A_run_goes_on_past_its_budget_until_it_has_its_minimum_of_trials()
    {
        var result = TwoChefs(c => c.SafeIncrement()).Run(Short with { Budget = TimeSpan.FromMilliseconds(1), MinTrials = 3_000, MaxBudgetFactor = 10_000 });
        Assert.That(result.Trials, Is.GreaterThanOrEqualTo(3_000));
    }

    [Test]
    public void The_minimum_of_trials_never_stretches_a_run_past_its_hard_limit()
    {
        var result = TwoChefs(c => c.SafeIncrement()).Run(Short with { Budget = TimeSpan.FromMilliseconds(20), MinTrials = long.MaxValue, MaxBudgetFactor = 2 });
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(StressVerdict.NoRaceSeen), "The run ended on its own, with a verdict.");
            Assert.That(result.Trials, Is.LessThan(long.MaxValue));
        });
    }

    [Test]
    public void Several_trials_run_side_by_side_when_cores_allow()
    {
        var result = TwoChefs(c => c.SafeIncrement()).Run(Short with { Lanes = 3 });
        Assert.Multiple(() =>
        {
            Assert.That(result.Lanes, Is.EqualTo(3));
            Assert.That(result.Verdict, Is.EqualTo(StressVerdict.NoRaceSeen));
        });
    }

    [Test]
    public void Default_lanes_follow_the_processor_count()
    {
        var result = TwoChefs(c => c.SafeIncrement()).Run(Short with { Budget = TimeSpan.FromMilliseconds(50) });
        Assert.That(result.Lanes, Is.EqualTo(Math.Max(1, Environment.ProcessorCount / 2)));
    }
}
