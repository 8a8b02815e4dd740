using KitchenKatas.Grader.Pools;

namespace KitchenKatas.Grader.Tests;

/// <summary>
/// How kata 2's sweet-spot check judges a pick, on curves drawn by hand: a 2-core kitchen whose jobs mostly wait, where
/// the rule's answer is 40 chefs and throughput climbs in a straight line up to a plateau of 1,000 orders a second.
/// </summary>
[TestFixture]
public sealed class SweetSpotRuleTests
{
    private static readonly Workload MostlyWaiting = SweetSpotRule.Kitchens[0];

    [TestCase(40)]
    [TestCase(36)]
    public void A_pick_at_the_knee_passes(int pick) =>
        Assert.That(SweetSpotRule.Judge(Curve(pick), pick).Passed, Is.True);

    [Test]
    public void A_pick_below_the_plateau_share_passes_with_a_quarter_of_the_knees_chefs()
    {
        var judged = SweetSpotRule.Judge(Curve(10), 10);
        Assert.Multiple(() =>
        {
            Assert.That(judged.Share, Is.LessThan(SweetSpotRule.ShareOfPlateau));
            Assert.That(judged.KneeThreads, Is.EqualTo(36));
            Assert.That(judged.Passed, Is.True);
        });
    }

    [TestCase(4)]
    [TestCase(1)]
    public void A_pick_that_forgets_the_waiting_has_too_few_chefs(int pick)
    {
        var judged = SweetSpotRule.Judge(Curve(pick), pick);
        Assert.Multiple(() =>
        {
            Assert.That(judged.Enough, Is.False);
            Assert.That(judged.Divisor, Is.EqualTo(SweetSpotRule.KneeDividedBy));
            Assert.That(judged.Passed, Is.False);
        });
    }

    [Test]
    public void A_pick_of_more_than_four_times_the_knee_crowds_the_kitchen()
    {
        var judged = SweetSpotRule.Judge(Curve(256), 256);
        Assert.Multiple(() =>
        {
            Assert.That(judged.Enough, Is.True);
            Assert.That(judged.NotTooMany, Is.False);
            Assert.That(judged.Passed, Is.False);
        });
    }

    [Test]
    public void On_a_busy_machine_only_a_sixteenth_of_the_knee_is_asked_for()
    {
        // Chefs 0.6 ms late from a 2 ms job: busy (over a quarter of the cooking), not yet swamped (over half).
        var judged = SweetSpotRule.Judge(Curve(4, lateness: TimeSpan.FromMilliseconds(0.6)), 4);
        Assert.Multiple(() =>
        {
            Assert.That(judged.Busy, Is.True);
            Assert.That(judged.Swamped, Is.False);
            Assert.That(judged.Divisor, Is.EqualTo(SweetSpotRule.KneeDividedByWhenBusy));
            Assert.That(judged.Passed, Is.True, "4 chefs × 16 reach the knee of 36");
        });
    }

    [Test]
    public void A_swamped_machine_judges_nothing_so_even_one_chef_is_not_failed()
    {
        var judged = SweetSpotRule.Judge(Curve(1, lateness: TimeSpan.FromMilliseconds(1.5)), 1);
        Assert.Multiple(() =>
        {
            Assert.That(judged.Swamped, Is.True);
            Assert.That(judged.Passed, Is.True);
        });
    }

    [TestCase(40)]
    [TestCase(64)]
    public void A_pick_at_the_plateau_within_twice_the_knee_passes_clearly_on_one_round(int pick) =>
        Assert.That(SweetSpotRule.ClearPass(Curve(pick), pick), Is.True);

    [TestCase(10, "passes, but below the knee's share of the plateau")]
    [TestCase(128, "passes, but more than twice the knee")]
    [TestCase(256, "too many chefs")]
    [TestCase(4, "too few chefs")]
    public void A_pick_short_of_a_clear_pass_is_measured_every_round(int pick, string why) =>
        Assert.That(SweetSpotRule.ClearPass(Curve(pick), pick), Is.False, why);

    [Test]
    public void A_busy_machine_never_passes_a_pick_on_one_round()
    {
        var curve = Curve(40, lateness: TimeSpan.FromMilliseconds(0.6));
        Assert.Multiple(() =>
        {
            Assert.That(SweetSpotRule.Judge(curve, 40).Passed, Is.True);
            Assert.That(SweetSpotRule.ClearPass(curve, 40), Is.False);
        });
    }

    [TestCase(4, "the starter's constant: 10 % of the plateau, the knee 9 times its chefs")]
    [TestCase(2, "the cores alone, the waiting forgotten")]
    [TestCase(1, "one chef")]
    public void A_pick_far_short_of_the_knee_misses_clearly_on_one_round(int pick, string why)
    {
        Assert.Multiple(() =>
        {
            Assert.That(SweetSpotRule.Judge(Curve(pick), pick).Passed, Is.False, why);
            Assert.That(SweetSpotRule.ClearMiss(Curve(pick), pick), Is.True, why);
        });
    }

    [Test]
    public void A_pick_past_eight_times_the_knee_misses_clearly_on_one_round()
    {
        // A kitchen whose knee is 2 chefs (two burners, nothing to wait for): 17 chefs are past eight times the knee.
        var curve = Curve(17, perChef: 500);
        Assert.Multiple(() =>
        {
            Assert.That(curve.Knee.Threads, Is.EqualTo(2));
            Assert.That(SweetSpotRule.ClearMiss(curve, 17), Is.True);
        });
    }

    [TestCase(40, "passes")]
    [TestCase(10, "passes with a quarter of the knee's chefs")]
    [TestCase(8, "fails by too few chefs, but the knee is within eight times its chefs")]
    [TestCase(256, "fails by too many chefs, but within eight times the knee")]
    public void A_pick_short_of_a_clear_miss_is_measured_every_round(int pick, string why) =>
        Assert.That(SweetSpotRule.ClearMiss(Curve(pick), pick), Is.False, why);

    [Test]
    public void A_pick_that_fails_by_too_many_chefs_within_eight_times_the_knee_is_measured_every_round()
    {
        var curve = Curve(16, perChef: 500);
        Assert.Multiple(() =>
        {
            Assert.That(SweetSpotRule.Judge(curve, 16).Passed, Is.False, "16 chefs are more than four times the knee of 2");
            Assert.That(SweetSpotRule.ClearMiss(curve, 16), Is.False);
        });
    }

    [Test]
    public void A_busy_machine_never_fails_a_pick_on_one_round()
    {
        // Chefs 0.6 ms late: busy. One chef still fails there (1 × 16 is short of the knee of 36), but only on every round.
        var curve = Curve(1, lateness: TimeSpan.FromMilliseconds(0.6));
        Assert.Multiple(() =>
        {
            Assert.That(SweetSpotRule.Judge(curve, 1).Passed, Is.False);
            Assert.That(SweetSpotRule.ClearMiss(curve, 1), Is.False);
        });
    }

    [TestCase(200, 100)]
    [TestCase(100, 100)]
    [TestCase(60, 100)]
    [TestCase(1_000, 500)]
    [TestCase(60_000, 5_000)]
    public void A_sample_measures_half_the_katas_budget_within_100_ms_and_5_s(int budgetMs, int windowMs) =>
        Assert.That(SweetSpotRule.Window(TimeSpan.FromMilliseconds(budgetMs)), Is.EqualTo(TimeSpan.FromMilliseconds(windowMs)));

    // Crews of 1, 2, 4, … 256, 36 and the pick, each at min(chefs × 25, 1,000) orders a second: the plateau is 1,000 and
    // the knee (90 % of it) is at 36 chefs. With perChef, each chef adds that many orders a second instead.
    private static ThroughputCurve Curve(int pick, TimeSpan lateness = default, double perChef = 25)
    {
        var points = new[] { 1, 2, 4, 8, 16, 32, 36, 64, 128, 256, pick }.Distinct().Order()
            .Select(chefs => (Chefs: chefs, Rate: Math.Min(chefs * perChef, 1_000)))
            .Select(p => new CurvePoint(p.Chefs, p.Rate, [p.Rate]))
            .ToArray();
        return new ThroughputCurve(MostlyWaiting, 2, points, SweetSpotRule.KneeShare, lateness);
    }
}
