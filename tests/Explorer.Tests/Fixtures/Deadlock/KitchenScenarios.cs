using KitchenKatas.Grader.Stress;

namespace Kitchen.Fixtures;

public static class KitchenScenarios
{
    public static StressScenario<Kitchen, int> OppositeOrders =>
        Scenario.For(() => new Kitchen(), "Two chefs take the knives and the boards in opposite orders")
            .Chef("Chef 1", k => k.PrepareVegetables())
            .Chef("Chef 2", k => k.PrepareMeat())
            .Arbiter(k => k.Dishes)
            .Expect("both dishes prepared.")
            .Accept(2, "Both chefs cooked.")
            .Otherwise("A dish is missing.");
}
