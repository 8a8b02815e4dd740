using KitchenKatas.Grader.Stress;

namespace Kitchen.Classic;

public static class KitchenScenarios
{
    public static StressScenario<Broken, int> BrokenKitchen =>
        Scenario.For(() => new Broken(), "Without the second check inside the lock, two chefs each build an oven")
            .Chef("Chef 1", k => k.Get())
            .Chef("Chef 2", k => k.Get())
            .Arbiter(k => k.Built)
            .Expect("1.")
            .Accept(1, "As it should be.")
            .Otherwise("The classic mistake shows.");

    public static StressScenario<Fixed, int> FixedKitchen =>
        Scenario.For(() => new Fixed(), "Without the second check inside the lock, two chefs each build an oven")
            .Chef("Chef 1", k => k.Get())
            .Chef("Chef 2", k => k.Get())
            .Arbiter(k => k.Built)
            .Expect("1.")
            .Accept(1, "As it should be.")
            .Otherwise("The classic mistake shows.");
}
