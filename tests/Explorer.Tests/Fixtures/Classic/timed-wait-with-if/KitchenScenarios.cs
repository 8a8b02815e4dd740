using KitchenKatas.Grader.Stress;

namespace Kitchen.Classic;

public static class KitchenScenarios
{
    public static StressScenario<Broken, bool> BrokenKitchen =>
        Scenario.For(() => new Broken(), "A timed Monitor.Wait under an if: its time may run out before the dish is ready")
            .Chef("Taker", k => k.Take())
            .Chef("Cook", k => k.Cook())
            .Arbiter(k => k.Took)
            .Expect("true.")
            .Accept(true, "As it should be.")
            .Otherwise("The classic mistake shows.");

    public static StressScenario<Fixed, bool> FixedKitchen =>
        Scenario.For(() => new Fixed(), "A timed Monitor.Wait under an if: its time may run out before the dish is ready")
            .Chef("Taker", k => k.Take())
            .Chef("Cook", k => k.Cook())
            .Arbiter(k => k.Took)
            .Expect("true.")
            .Accept(true, "As it should be.")
            .Otherwise("The classic mistake shows.");
}
