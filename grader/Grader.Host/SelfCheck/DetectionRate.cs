using System.Globalization;
using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Grader.SelfCheck;

/// <summary>
/// How often one check caught the starter over repeated runs. It holds when the point estimate is at least
/// <see cref="Required"/> (with fewer than 1,000 runs: not one miss); the one-sided 95 % Clopper-Pearson lower bound
/// is reported beside it, and reaches 99.9 % itself only after <see cref="RunsToShowRequired"/> runs without a miss.
/// </summary>
/// <param name="Number">The check's number, from 1.</param>
/// <param name="Check">The check.</param>
/// <param name="Runs">Runs against the starter.</param>
/// <param name="Caught">Runs in which the check failed the starter.</param>
/// <param name="Slowest">The slowest run.</param>
public sealed record DetectionRate(int Number, KataCheckInfo Check, int Runs, int Caught, TimeSpan Slowest)
{
    /// <summary>The detection rate every check must reach on the starter.</summary>
    public const double Required = 0.999;

    /// <summary>Runs without a miss it takes for the 95 % lower bound itself to reach <see cref="Required"/>.</summary>
    public static int RunsToShowRequired { get; } = ClopperPearson.RunsToShow(Required);

    /// <summary>Caught over runs.</summary>
    public double Rate => Runs == 0 ? 0 : (double)Caught / Runs;

    /// <summary>One-sided 95 % Clopper-Pearson lower bound of the rate.</summary>
    public double LowerBound95 => Runs == 0 ? 0 : ClopperPearson.LowerBound(Caught, Runs);

    /// <summary>True when the check must catch the starter and did in at least <see cref="Required"/> of its runs, or need not.</summary>
    public bool Holds => Check.Starter != StarterVerdict.Fails || (Runs > 0 && Rate >= Required);

    /// <summary>The fact, for the self-check's table.</summary>
    public SelfCheckFact ToFact(string subject)
    {
        var detail = string.Create(CultureInfo.InvariantCulture,
            $"{Caught}/{Runs} runs caught it ({Rate:0.0##%}); 95 % lower bound {LowerBound95:0.0##%}; slowest run {Slowest.TotalSeconds:0.0} s");
        if (Check.Starter == StarterVerdict.MayPass)
        {
            detail += "; reported, not required (judged loosely on a busy machine)";
        }

        return SelfCheckFact.Of(subject, $"Check {Number} catches the starter in at least 99.9 % of runs", Holds, detail,
            $"The check missed the starter's bug in {Runs - Caught} run(s): give it more trials within its budget or a sharper scenario, "
            + "and rerun with more --runs to see the rate.");
    }
}
