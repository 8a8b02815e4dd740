using KitchenKatas.Grader.Stress;

namespace Kitchen.Fixtures;

public static class KitchenScenarios
{
    public static StressScenario<Kitchen, int> AssertedServes =>
        Scenario.For(() => new Kitchen(), "Two chefs serve, checked by Debug.Assert")
            .Chef("Chef 1", k => k.ServeAsserted())
            .Chef("Chef 2", k => k.ServeAsserted())
            .Arbiter(k => k.Served)
            .Expect("any count: only the learner's own Debug checks judge.")
            .Accept(1, "One serve was lost.")
            .Accept(2, "Both served.")
            .Otherwise("Something else.");

    public static StressScenario<Kitchen, int> CheckedServes =>
        Scenario.For(() => new Kitchen(), "Two chefs serve, checked under #if DEBUG")
            .Chef("Chef 1", k => k.ServeChecked())
            .Chef("Chef 2", k => k.ServeChecked())
            .Arbiter(k => k.Served)
            .Expect("any count: only the learner's own Debug checks judge.")
            .Accept(1, "One serve was lost.")
            .Accept(2, "Both served.")
            .Otherwise("Something else.");
}
