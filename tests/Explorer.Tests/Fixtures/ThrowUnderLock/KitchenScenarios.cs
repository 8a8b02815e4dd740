using KitchenKatas.Grader.Stress;

namespace Kitchen.Fixtures;

public static class KitchenScenarios
{
    public static StressScenario<Kitchen, int> BurnWhileHolding =>
        Scenario.For(() => new Kitchen(), "A chef's dish burns while it holds the pass")
            .Chef("Chef 1", k => k.Burn())
            .Chef("Chef 2", k => k.Serve())
            .Arbiter(k => k.Served)
            .Expect("both chefs serve.")
            .Accept(2, "Both served.")
            .Otherwise("A dish is missing.");

    public static StressScenario<Kitchen, int> PlatingTogether =>
        Scenario.For(() => new Kitchen(), "Two chefs plate on one plain Queue")
            .Chef("Chef 1", k =>
            {
                k.Wash();
                k.Plate("soup");
            })
            .Chef("Chef 2", k =>
            {
                k.Wash();
                k.Plate("stew");
            })
            .Arbiter(k => k.Plates)
            .Expect("four plates.")
            .Accept(4, "Four plates, whatever the order.")
            .Otherwise("A plate is missing.");
}
