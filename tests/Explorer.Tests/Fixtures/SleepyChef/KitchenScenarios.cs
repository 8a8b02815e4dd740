using KitchenKatas.Grader.Stress;

namespace Kitchen.Fixtures;

public static class KitchenScenarios
{
    public static StressScenario<Kitchen, int> LongNaps =>
        Scenario.For(() => new Kitchen(), "Two chefs nap")
            .Chef("Chef 1", k => k.Nap())
            .Chef("Chef 2", k => k.Nap())
            .Arbiter(k => k.Naps)
            .Expect("two naps.")
            .Accept(2, "Both napped.")
            .Otherwise("A nap is missing.");
}
