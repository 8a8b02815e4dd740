using KitchenKatas.Grader.Stress;

namespace Kitchen.Fixtures;

public static class KitchenScenarios
{
    public static StressScenario<Kitchen, int> KnockingTenRounds =>
        Scenario.For(() => new Kitchen(), "A chef holds the pass while another knocks ten times")
            .Chef("Holder", k => k.Hold(6))
            .Chef("Knocker", k => k.Knock(10))
            .Arbiter(k => k.Knocks)
            .Expect("every knock is counted once.")
            .Accept(10, "Ten knocks, each served or given up.")
            .Otherwise("A knock was lost.");

    public static StressScenario<Kitchen, int> TakingTenPlates =>
        Scenario.For(() => new Kitchen(), "A chef waits ten times, for a while, for plates another makes")
            .Chef("Taker", k => k.TakePlates(10))
            .Chef("Maker", k => k.MakePlates(10))
            .Arbiter(k => k.Takes)
            .Expect("every round is counted once.")
            .Accept(10, "Ten rounds, each with a plate or without.")
            .Otherwise("A round was lost.");
}
