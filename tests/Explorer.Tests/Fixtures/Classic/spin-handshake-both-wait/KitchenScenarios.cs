using KitchenKatas.Grader.Stress;

namespace Kitchen.Classic;

public static class KitchenScenarios
{
    public static StressScenario<Broken, int> BrokenKitchen =>
        Scenario.For(() => new Broken(), "Each chef spins for the other's flag before raising its own: both spin for ever")
            .Chef("Chef A", k => k.A())
            .Chef("Chef B", k => k.B())
            .Arbiter(k => k.Done)
            .Expect("2.")
            .Accept(2, "As it should be.")
            .Otherwise("The classic mistake shows.");

    public static StressScenario<Fixed, int> FixedKitchen =>
        Scenario.For(() => new Fixed(), "Each chef spins for the other's flag before raising its own: both spin for ever")
            .Chef("Chef A", k => k.A())
            .Chef("Chef B", k => k.B())
            .Arbiter(k => k.Done)
            .Expect("2.")
            .Accept(2, "As it should be.")
            .Otherwise("The classic mistake shows.");
}
