using KitchenKatas.Grader.Stress;

namespace Kitchen.Classic;

public static class KitchenScenarios
{
    public static StressScenario<Broken, int> BrokenKitchen =>
        Scenario.For(() => new Broken(), "Woken by PulseAll, the second cook does not check again and takes from an empty queue")
            .Chef("Cook 1", k => k.Cook())
            .Chef("Cook 2", k => k.Cook())
            .Chef("Waiter", k =>
            {
                k.Order("soup");
                k.Order("stew");
            })
            .Arbiter(k => k.Cooked)
            .Expect("2.")
            .Accept(2, "As it should be.")
            .Otherwise("The classic mistake shows.");

    public static StressScenario<Fixed, int> FixedKitchen =>
        Scenario.For(() => new Fixed(), "Woken by PulseAll, the second cook does not check again and takes from an empty queue")
            .Chef("Cook 1", k => k.Cook())
            .Chef("Cook 2", k => k.Cook())
            .Chef("Waiter", k =>
            {
                k.Order("soup");
                k.Order("stew");
            })
            .Arbiter(k => k.Cooked)
            .Expect("2.")
            .Accept(2, "As it should be.")
            .Otherwise("The classic mistake shows.");
}
