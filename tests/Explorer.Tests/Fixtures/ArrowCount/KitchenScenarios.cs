using KitchenKatas.Grader.Stress;

namespace Kitchen.Fixtures;

public static class KitchenScenarios
{
    public static StressScenario<Kitchen, int> TwoChefsCount =>
        Scenario.For(() => new Kitchen(), "Two chefs count a plate each")
            .Chef("Chef 1", k => k.CountPlate())
            .Chef("Chef 2", k => k.CountPlate())
            .Arbiter(k => k.Plates)
            .Expect("both plates counted.")
            .Accept(2, "Both plates were counted.")
            .Forbid(1, "One count was lost: both chefs read the same number.")
            .Otherwise("Something nobody expected happened.");
}
