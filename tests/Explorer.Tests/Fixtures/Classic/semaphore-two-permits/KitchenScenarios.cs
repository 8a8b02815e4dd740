using KitchenKatas.Grader.Stress;

namespace Kitchen.Classic;

public static class KitchenScenarios
{
    public static StressScenario<Broken, int> BrokenKitchen =>
        Scenario.For(() => new Broken(), "One stove guarded by a semaphore with two permits: two chefs at the stove")
            .Chef("Chef 1", k => k.Cook())
            .Chef("Chef 2", k => k.Cook())
            .Arbiter(k => k.Most)
            .Expect("1.")
            .Accept(1, "As it should be.")
            .Otherwise("The classic mistake shows.");

    public static StressScenario<Fixed, int> FixedKitchen =>
        Scenario.For(() => new Fixed(), "One stove guarded by a semaphore with two permits: two chefs at the stove")
            .Chef("Chef 1", k => k.Cook())
            .Chef("Chef 2", k => k.Cook())
            .Arbiter(k => k.Most)
            .Expect("1.")
            .Accept(1, "As it should be.")
            .Otherwise("The classic mistake shows.");
}
