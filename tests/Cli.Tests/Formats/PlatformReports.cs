using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Cli.Tests.Formats;

/// <summary>Hand-made grades that hold every way a check can end, for the platform formats' tests.</summary>
internal static class PlatformReports
{
    /// <summary>A kata with a passing check (with evidence), a learner failure, and a check the busy machine could not judge.</summary>
    public static GradeReport Mixed(string evidence = "No race seen in 8,729 trials.") => GradeReport.From(
    [
        new KataGrade("racy-cart", "The racy cart", false, 20, 45,
        [
            new CheckGrade("Kitchen.RacyCart.Checks.CartRaceChecks.Two_chefs_adding_the_same_item_lose_none", "Two chefs adding the same item lose none", true, 20, 20, evidence, 1500),
            new CheckGrade("Kitchen.RacyCart.Checks.CartRaceChecks.Two_chefs_adding_different_items_lose_none", "Two chefs adding different items lose none", false, 0, 15, "Both chefs added; one item was lost.", 250)
            {
                Fault = Fault.LearnerCode,
            },
            new CheckGrade("Kitchen.RacyCart.Checks.CartBasicsChecks.One_chef_alone_gets_what_the_cart_promises", "One chef alone gets what the cart promises", false, 0, 10, "Not judged: the machine is too busy to time.", 30)
            {
                NotJudged = "Not judged: the machine is too busy to time.",
                Fault = Fault.GradingMachine,
            },
        ],
        [], [], 2000),
    ]);

    /// <summary>A run stopped at its time limit: every check is still there, failed, with the note's story.</summary>
    public static GradeReport TimedOut()
    {
        const string Why = "The checks did not finish within 10 minutes and were stopped; no check could pass.";
        return GradeReport.From(
        [
            new KataGrade("racy-cart", "The racy cart", false, 0, 35,
            [
                new CheckGrade("K.Checks.Adds", "Adds lose none", false, 0, 20, Why, 0) { Fault = Fault.LearnerCode },
                new CheckGrade("K.Checks.Removes", "Removes never go negative", false, 0, 15, Why, 0) { Fault = Fault.LearnerCode },
            ],
            [], [Why], 600_000),
        ]);
    }

    /// <summary>A kata whose build server failed before any check ran: the machine's doing.</summary>
    public static GradeReport BuildServerFailed()
    {
        const string Why = "The checks stopped before reporting any result (exit code 1).";
        return GradeReport.From(
        [
            new KataGrade("racy-cart", "The racy cart", false, 0, 20,
            [
                new CheckGrade("K.Checks.Adds", "Adds lose none", false, 0, 20, Why, 0) { Fault = Fault.GradingMachine },
            ],
            [], [Why], 9000),
        ]);
    }

    /// <summary>Every check passed.</summary>
    public static GradeReport AllPassed() => GradeReport.From(
    [
        new KataGrade("racy-cart", "The racy cart", true, 20, 20,
            [new CheckGrade("K.Checks.Adds", "Adds lose none", true, 20, 20, null, 900)], [], [], 1000),
    ]);

    public static IEnumerable<GradeReport> All() => [Mixed(), TimedOut(), BuildServerFailed(), AllPassed(), Mixed(new string('x', 3000))];
}
