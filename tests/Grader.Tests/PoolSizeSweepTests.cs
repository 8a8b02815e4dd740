using KitchenKatas.Grader.Pools;

namespace KitchenKatas.Grader.Tests;

/// <summary>
/// How a sweep spends its rounds: every size once per round, the graded pick once more, and a sweep the caller may end
/// after any round but the last. Tiny kitchens and windows: these tests count samples, they time nothing.
/// </summary>
[TestFixture]
public sealed class PoolSizeSweepTests
{
    private static readonly Workload Tiny = new("tiny", TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(1));

    private static SweepOptions Options(Func<ThroughputCurve, bool>? stopEarly = null) => new()
    {
        Sizes = [1, 2],
        Window = TimeSpan.FromMilliseconds(5),
        Repeats = 3,
        StopEarly = stopEarly,
    };

    [Test]
    public void Without_an_early_stop_every_round_is_measured_and_the_pick_twice_a_round()
    {
        var curve = PoolSizeSweep.Run(Tiny, 2, Options(), 3);
        Assert.Multiple(() =>
        {
            Assert.That(curve.Rounds, Is.EqualTo(3));
            Assert.That(curve.At(1).Samples, Has.Count.EqualTo(3));
            Assert.That(curve.At(2).Samples, Has.Count.EqualTo(3));
            Assert.That(curve.At(3).Samples, Has.Count.EqualTo(6), "the pick: its own sample and one more each round");
        });
    }

    [Test]
    public void The_early_stop_is_asked_after_every_round_but_the_last_with_the_rounds_so_far()
    {
        var asked = new List<(int Rounds, int Samples)>();
        var curve = PoolSizeSweep.Run(Tiny, 2, Options(soFar =>
        {
            asked.Add((soFar.Rounds, soFar.At(1).Samples.Count));
            return false;
        }), 3);
        Assert.Multiple(() =>
        {
            Assert.That(asked, Is.EqualTo(new[] { (1, 1), (2, 2) }));
            Assert.That(curve.Rounds, Is.EqualTo(3));
        });
    }

    [Test]
    public void An_early_stop_ends_the_sweep_with_the_curve_of_the_rounds_measured()
    {
        var curve = PoolSizeSweep.Run(Tiny, 2, Options(_ => true), 3);
        Assert.Multiple(() =>
        {
            Assert.That(curve.Rounds, Is.EqualTo(1));
            Assert.That(curve.Points.Select(p => p.Samples.Count), Is.EqualTo(new[] { 1, 1, 2 }));
        });
    }
}
