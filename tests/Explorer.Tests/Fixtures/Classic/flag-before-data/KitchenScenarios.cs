using KitchenKatas.Grader.Stress;

namespace Kitchen.Classic;

public static class KitchenScenarios
{
    public static StressScenario<Broken, int> BrokenKitchen =>
        Scenario.For(() => new Broken(), "The flag is raised before the dish is on it: the reader sees an empty plate")
            .Chef("Cook", k => k.Cook())
            .Chef("Server", k => k.Serve())
            .Arbiter(k => k.Seen)
            .Expect("42.")
            .Accept(42, "As it should be.")
            .Otherwise("The classic mistake shows.");

    public static StressScenario<Fixed, int> FixedKitchen =>
        Scenario.For(() => new Fixed(), "The flag is raised before the dish is on it: the reader sees an empty plate")
            .Chef("Cook", k => k.Cook())
            .Chef("Server", k => k.Serve())
            .Arbiter(k => k.Seen)
            .Expect("42.")
            .Accept(42, "As it should be.")
            .Otherwise("The classic mistake shows.");
}
