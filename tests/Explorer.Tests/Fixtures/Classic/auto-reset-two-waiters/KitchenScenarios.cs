using KitchenKatas.Grader.Stress;

namespace Kitchen.Classic;

public static class KitchenScenarios
{
    public static StressScenario<Broken, int> BrokenKitchen =>
        Scenario.For(() => new Broken(), "An AutoResetEvent lets one guest in per Set: the second waits for ever")
            .Chef("Guest 1", k => k.Enter())
            .Chef("Guest 2", k => k.Enter())
            .Chef("Host", k => k.Open())
            .Arbiter(k => k.Inside)
            .Expect("2.")
            .Accept(2, "As it should be.")
            .Otherwise("The classic mistake shows.");

    public static StressScenario<Fixed, int> FixedKitchen =>
        Scenario.For(() => new Fixed(), "An AutoResetEvent lets one guest in per Set: the second waits for ever")
            .Chef("Guest 1", k => k.Enter())
            .Chef("Guest 2", k => k.Enter())
            .Chef("Host", k => k.Open())
            .Arbiter(k => k.Inside)
            .Expect("2.")
            .Accept(2, "As it should be.")
            .Otherwise("The classic mistake shows.");
}
