using KitchenKatas.Grader.Stress;

namespace Kitchen.Classic;

public static class KitchenScenarios
{
    public static StressScenario<Broken, int> BrokenKitchen =>
        Scenario.For(() => new Broken(), "Two chefs count with _served++: one count is lost")
            .Chef("Chef 1", k => k.Serve())
            .Chef("Chef 2", k => k.Serve())
            .Arbiter(k => k.Served)
            .Expect("2.")
            .Accept(2, "As it should be.")
            .Otherwise("The classic mistake shows.");

    public static StressScenario<Fixed, int> FixedKitchen =>
        Scenario.For(() => new Fixed(), "Two chefs count with _served++: one count is lost")
            .Chef("Chef 1", k => k.Serve())
            .Chef("Chef 2", k => k.Serve())
            .Arbiter(k => k.Served)
            .Expect("2.")
            .Accept(2, "As it should be.")
            .Otherwise("The classic mistake shows.");
}
