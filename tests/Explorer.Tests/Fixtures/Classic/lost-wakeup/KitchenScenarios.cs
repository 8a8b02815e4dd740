using KitchenKatas.Grader.Stress;

namespace Kitchen.Classic;

public static class KitchenScenarios
{
    public static StressScenario<Broken, bool> BrokenKitchen =>
        Scenario.For(() => new Broken(), "A Pulse sent before anyone waits is lost, and the chef then waits for ever")
            .Chef("Waiter", k => k.WaitForOrder())
            .Chef("Caller", k => k.CallOrder())
            .Arbiter(k => k.Served)
            .Expect("true.")
            .Accept(true, "As it should be.")
            .Otherwise("The classic mistake shows.");

    public static StressScenario<Fixed, bool> FixedKitchen =>
        Scenario.For(() => new Fixed(), "A Pulse sent before anyone waits is lost, and the chef then waits for ever")
            .Chef("Waiter", k => k.WaitForOrder())
            .Chef("Caller", k => k.CallOrder())
            .Arbiter(k => k.Served)
            .Expect("true.")
            .Accept(true, "As it should be.")
            .Otherwise("The classic mistake shows.");
}
