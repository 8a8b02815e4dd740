using KitchenKatas.Grader.Stress;

namespace Kitchen.Classic;

public static class KitchenScenarios
{
    public static StressScenario<Broken, int> BrokenKitchen =>
        Scenario.For(() => new Broken(), "A chef reads the other half before the barrier that should have waited for it")
            .Chef("Left", k => k.Left())
            .Chef("Right", k => k.Right())
            .Arbiter(k => k.Seen)
            .Expect("4.")
            .Accept(4, "As it should be.")
            .Otherwise("The classic mistake shows.");

    public static StressScenario<Fixed, int> FixedKitchen =>
        Scenario.For(() => new Fixed(), "A chef reads the other half before the barrier that should have waited for it")
            .Chef("Left", k => k.Left())
            .Chef("Right", k => k.Right())
            .Arbiter(k => k.Seen)
            .Expect("4.")
            .Accept(4, "As it should be.")
            .Otherwise("The classic mistake shows.");
}
