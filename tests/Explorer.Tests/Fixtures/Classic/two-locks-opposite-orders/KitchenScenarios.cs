using KitchenKatas.Grader.Stress;

namespace Kitchen.Classic;

public static class KitchenScenarios
{
    public static StressScenario<Broken, int> BrokenKitchen =>
        Scenario.For(() => new Broken(), "Two chefs take the knives and the boards in opposite orders")
            .Chef("Chef 1", k => k.Vegetables())
            .Chef("Chef 2", k => k.Meat())
            .Arbiter(k => k.Dishes)
            .Expect("2.")
            .Accept(2, "As it should be.")
            .Otherwise("The classic mistake shows.");

    public static StressScenario<Fixed, int> FixedKitchen =>
        Scenario.For(() => new Fixed(), "Two chefs take the knives and the boards in opposite orders")
            .Chef("Chef 1", k => k.Vegetables())
            .Chef("Chef 2", k => k.Meat())
            .Arbiter(k => k.Dishes)
            .Expect("2.")
            .Accept(2, "As it should be.")
            .Otherwise("The classic mistake shows.");
}
