using KitchenKatas.Grader.Stress;

namespace Kitchen.Classic;

public static class KitchenScenarios
{
    public static StressScenario<Broken, int> BrokenKitchen =>
        Scenario.For(() => new Broken(), "Peterson with the turn given before the flag is raised: both chefs get in")
            .Chef("Chef 0", k => k.Enter0())
            .Chef("Chef 1", k => k.Enter1())
            .Arbiter(k => k.Most)
            .Expect("1.")
            .Accept(1, "As it should be.")
            .Otherwise("The classic mistake shows.");

    public static StressScenario<Fixed, int> FixedKitchen =>
        Scenario.For(() => new Fixed(), "Peterson with the turn given before the flag is raised: both chefs get in")
            .Chef("Chef 0", k => k.Enter0())
            .Chef("Chef 1", k => k.Enter1())
            .Arbiter(k => k.Most)
            .Expect("1.")
            .Accept(1, "As it should be.")
            .Otherwise("The classic mistake shows.");
}
