using KitchenKatas.Grader.Stress;

namespace Kitchen.Fixtures;

public static class KitchenScenarios
{
    public static StressScenario<Kitchen, int> ThirtyWaits =>
        Scenario.For(() => new Kitchen(), "One chef waits thirty times for a stove nobody frees")
            .Chef("Chef 1", k => k.TryCooking(30))
            .Arbiter(k => k.GaveUp)
            .Expect("every wait runs out.")
            .Accept(30, "The chef gave up thirty times.")
            .Otherwise("A wait did not run out.");
}
