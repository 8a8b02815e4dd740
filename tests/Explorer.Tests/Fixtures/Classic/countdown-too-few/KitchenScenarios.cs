using KitchenKatas.Grader.Stress;

namespace Kitchen.Classic;

public static class KitchenScenarios
{
    public static StressScenario<Broken, int> BrokenKitchen =>
        Scenario.For(() => new Broken(), "The countdown waits for three signals; only two chefs signal")
            .Chef("Worker 1", k => k.Work())
            .Chef("Worker 2", k => k.Work())
            .Chef("Waiter", k => k.WaitForAll())
            .Arbiter(k => k.Seen)
            .Expect("2.")
            .Accept(2, "As it should be.")
            .Otherwise("The classic mistake shows.");

    public static StressScenario<Fixed, int> FixedKitchen =>
        Scenario.For(() => new Fixed(), "The countdown waits for three signals; only two chefs signal")
            .Chef("Worker 1", k => k.Work())
            .Chef("Worker 2", k => k.Work())
            .Chef("Waiter", k => k.WaitForAll())
            .Arbiter(k => k.Seen)
            .Expect("2.")
            .Accept(2, "As it should be.")
            .Otherwise("The classic mistake shows.");
}
