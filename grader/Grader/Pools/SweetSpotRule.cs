namespace KitchenKatas.Grader.Pools;

/// <summary>
/// How kata 2's sweet-spot check judges a sizer's pick against a measured throughput curve: its kitchens, how long it
/// measures, and every margin. In one place so the check and the bench that measures its margins
/// (<c>kitchen-bench sweep-margins</c>) judge alike.
/// </summary>
public static class SweetSpotRule
{
    /// <summary>Largest pool size swept, and the maxThreads handed to the learner's sizer.</summary>
    public const int LargestCrew = 256;

    /// <summary>The knee is the smallest crew that reaches this share of the plateau.</summary>
    public const double KneeShare = 0.9;

    /// <summary>
    /// The pick passes when it reaches this share of the plateau. Lower than the knee's share on purpose: exactly
    /// at the rule's answer no chef is spare, so every late return from a delivery leaves a burner cold for a moment.
    /// </summary>
    public const double ShareOfPlateau = 0.8;

    /// <summary>
    /// Or when it has at least the knee's chefs divided by this. On a loaded machine every chef comes back late
    /// from each wait (the scheduler is slow to wake it), so the measured knee moves right of the rule's answer,
    /// and a burst of load can spoil the pick's own samples. Measured on 2 cores at a load average of 30 to 90:
    /// the reference pick reached 46 % to 100 % of the plateau, and the knee lay at 0.8 to 3.2 times the pick.
    /// A quarter still fails the sizers that ignore the waiting: they miss the knee by ten times or more.
    /// </summary>
    public const int KneeDividedBy = 4;

    /// <summary>
    /// On a machine so busy that chefs get off the burners late by more than a quarter of the cooking time, the
    /// curve follows the scheduler more than the sizing rule: there only a pick below a sixteenth of the knee
    /// fails (a sizer that ignores the waiting altogether). The sizing-rule check still checks the formula exactly.
    /// </summary>
    public const int KneeDividedByWhenBusy = 16;

    /// <summary>
    /// Past this lateness, a share of the cooking time, the curve is the scheduler's and not the sizing rule's: at a
    /// load average of 100 to 200 on 2 cores chefs woke 1.5 to 5.8 ms late from a 2 ms job, the "cooking only" knee
    /// moved to 64 chefs and more, and the reference pick failed 12 runs in 30. Such a sweep judges nothing, and says
    /// so: a correct sizer must never fail for a swamped machine.
    /// </summary>
    public const double SwampedLateness = 0.5;

    /// <summary>The pick may use at most this many times the knee's threads.</summary>
    public const int MostTimesTheKnee = 4;

    /// <summary>
    /// The measuring window of one sample as a share of the kata's stress budget. Measured with
    /// <c>kitchen-bench sweep-margins</c> (docs/measurements.md, "The sweet spot's window").
    /// </summary>
    public const double WindowShareOfBudget = 0.5;

    /// <summary>Time on a burner of every job in the check's kitchens.</summary>
    public static readonly TimeSpan Cooking = TimeSpan.FromMilliseconds(2);

    /// <summary>
    /// The three kitchens of the check, the one that tells most sizers apart first: a sizer that forgets the waiting
    /// (the starter's, and the mistake the lesson is about) misses "mostly waiting" by far, and the check stops there.
    /// </summary>
    public static IReadOnlyList<Workload> Kitchens { get; } =
    [
        new("mostly waiting", Cooking, 19 * Cooking),
        new("mixed", Cooking, 4 * Cooking),
        new("cooking only", Cooking, TimeSpan.Zero),
    ];

    /// <summary>
    /// The measuring window of one sample for a kata whose stress budget is <paramref name="stressBudget"/> (which
    /// <c>KITCHEN_STRESS_SCALE</c> and friends change), at least 100 ms so a sample still counts dozens of jobs.
    /// </summary>
    public static TimeSpan Window(TimeSpan stressBudget) =>
        TimeSpan.FromMilliseconds(Math.Clamp(stressBudget.TotalMilliseconds * WindowShareOfBudget, 100, 5_000));

    /// <summary>
    /// A pick that reaches this share of the plateau in the first round, on a quiet machine, passes without the other
    /// rounds: the knee's share, where the verdict needs only <see cref="ShareOfPlateau"/>.
    /// </summary>
    public const double ClearShareOfPlateau = KneeShare;

    /// <summary>
    /// And it has at most this many times the knee's chefs: half the room <see cref="MostTimesTheKnee"/> leaves, so a
    /// pick that more rounds could still find too many never passes on one.
    /// </summary>
    public const int ClearTimesTheKnee = MostTimesTheKnee / 2;

    /// <summary>
    /// Whether a pick of <paramref name="threads"/> passes so clearly on <paramref name="curve"/> (its first round, say)
    /// that more rounds could not change the verdict: the machine was quiet (chefs not late enough to loosen the
    /// knee), the pick reached <see cref="ClearShareOfPlateau"/> and kept within <see cref="ClearTimesTheKnee"/> of the
    /// knee. A pick that misses any of these is measured for every round and judged by <see cref="Judge"/>, as always.
    /// Measured with <c>kitchen-bench sweep-margins</c> (docs/measurements.md, "A clear pass ends the sweep").
    /// </summary>
    public static bool ClearPass(ThroughputCurve curve, int threads)
    {
        ArgumentNullException.ThrowIfNull(curve);
        var judged = Judge(curve, threads);
        return judged.Passed && !judged.Busy && judged.Share >= ClearShareOfPlateau && threads <= (long)ClearTimesTheKnee * judged.KneeThreads;
    }

    /// <summary>
    /// A pick that reaches under this share of the plateau in the first round, on a quiet machine, with the knee past
    /// <see cref="ClearMissKneeDividedBy"/> times its chefs, fails without the other rounds: half of
    /// <see cref="ShareOfPlateau"/>.
    /// </summary>
    public const double ClearMissShareOfPlateau = ShareOfPlateau / 2;

    /// <summary>Too few chefs clearly: the knee has more than this many times the pick's, twice <see cref="KneeDividedBy"/>.</summary>
    public const int ClearMissKneeDividedBy = 2 * KneeDividedBy;

    /// <summary>Too many chefs clearly: more than this many times the knee's, twice <see cref="MostTimesTheKnee"/>.</summary>
    public const int ClearMissTimesTheKnee = 2 * MostTimesTheKnee;

    /// <summary>
    /// Whether a pick of <paramref name="threads"/> misses so clearly on <paramref name="curve"/> (its first round, say)
    /// that more rounds, and a second sweep, would only repeat the miss: the machine was quiet, and the pick either
    /// reached under <see cref="ClearMissShareOfPlateau"/> of the plateau with the knee past
    /// <see cref="ClearMissKneeDividedBy"/> times its chefs, or had more than <see cref="ClearMissTimesTheKnee"/> times
    /// the knee's chefs. The mirror of <see cref="ClearPass"/>, with twice the verdict's room on the failing side: the
    /// rule's own crew lies at the knee, so only a knee eight times away from it could make it miss clearly. Measured
    /// with <c>kitchen-bench sweep-margins</c> (docs/measurements.md, "A clear miss ends the sweep").
    /// </summary>
    public static bool ClearMiss(ThroughputCurve curve, int threads)
    {
        ArgumentNullException.ThrowIfNull(curve);
        var judged = Judge(curve, threads);
        if (judged.Passed || judged.Busy)
        {
            return false;
        }

        var tooFew = judged.Share < ClearMissShareOfPlateau && (long)threads * ClearMissKneeDividedBy < judged.KneeThreads;
        var tooMany = threads > (long)ClearMissTimesTheKnee * judged.KneeThreads;
        return tooFew || tooMany;
    }

    /// <summary>Judges a pick of <paramref name="threads"/> chefs against one measured <paramref name="curve"/>.</summary>
    public static SweetSpotJudgement Judge(ThroughputCurve curve, int threads)
    {
        ArgumentNullException.ThrowIfNull(curve);
        var knee = curve.Knee.Threads;
        var share = curve.ShareOfPlateau(threads);
        var busy = curve.MeanLateness > Cooking / 4;
        var swamped = curve.MeanLateness > Cooking * SwampedLateness;
        var divisor = busy ? KneeDividedByWhenBusy : KneeDividedBy;
        var enough = swamped || share >= ShareOfPlateau || (long)threads * divisor >= knee;
        var notTooMany = swamped || threads <= (long)MostTimesTheKnee * knee;
        return new SweetSpotJudgement(threads, share, knee, busy, swamped, divisor, enough, notTooMany);
    }
}

/// <summary>What <see cref="SweetSpotRule.Judge"/> saw of one pick on one curve.</summary>
/// <param name="Threads">The pick.</param>
/// <param name="Share">Its median throughput as a share of the plateau.</param>
/// <param name="KneeThreads">The crew at the knee.</param>
/// <param name="Busy">Chefs came back late enough that the knee is judged loosely.</param>
/// <param name="Swamped">Chefs came back so late that the curve judges nothing.</param>
/// <param name="Divisor">The knee divided by this is the fewest chefs that pass without the plateau share.</param>
/// <param name="Enough">The pick has chefs enough (or the sweep judges nothing).</param>
/// <param name="NotTooMany">The pick is within <see cref="SweetSpotRule.MostTimesTheKnee"/> of the knee (or the sweep judges nothing).</param>
public sealed record SweetSpotJudgement(int Threads, double Share, int KneeThreads, bool Busy, bool Swamped, int Divisor, bool Enough, bool NotTooMany)
{
    /// <summary>The pick passes on this curve.</summary>
    public bool Passed => Enough && NotTooMany;
}
