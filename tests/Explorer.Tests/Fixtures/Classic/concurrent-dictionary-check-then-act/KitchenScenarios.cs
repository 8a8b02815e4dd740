using KitchenKatas.Grader.Stress;

namespace Kitchen.Classic;

public static class KitchenScenarios
{
    public static StressScenario<Broken, int> BrokenKitchen =>
        Scenario.For(() => new Broken(), "ContainsKey then an indexer set on a ConcurrentDictionary: both chefs build the oven")
            .Chef("Chef 1", k => k.Ensure("pizza"))
            .Chef("Chef 2", k => k.Ensure("pizza"))
            .Arbiter(k => k.Built)
            .Expect("1.")
            .Accept(1, "As it should be.")
            .Otherwise("The classic mistake shows.");

    public static StressScenario<Fixed, int> FixedKitchen =>
        Scenario.For(() => new Fixed(), "ContainsKey then an indexer set on a ConcurrentDictionary: both chefs build the oven")
            .Chef("Chef 1", k => k.Ensure("pizza"))
            .Chef("Chef 2", k => k.Ensure("pizza"))
            .Arbiter(k => k.Built)
            .Expect("1.")
            .Accept(1, "As it should be.")
            .Otherwise("The classic mistake shows.");
}
