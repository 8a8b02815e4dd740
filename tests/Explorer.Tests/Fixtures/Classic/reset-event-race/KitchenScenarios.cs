using KitchenKatas.Grader.Stress;

namespace Kitchen.Classic;

public static class KitchenScenarios
{
    public static StressScenario<Broken, bool> BrokenKitchen =>
        Scenario.For(() => new Broken(), "The bell is set and reset before the listener waits: it waits for ever")
            .Chef("Listener", k => k.Listen())
            .Chef("Ringer", k => k.Ring())
            .Arbiter(k => k.Heard)
            .Expect("true.")
            .Accept(true, "As it should be.")
            .Otherwise("The classic mistake shows.");

    public static StressScenario<Fixed, bool> FixedKitchen =>
        Scenario.For(() => new Fixed(), "The bell is set and reset before the listener waits: it waits for ever")
            .Chef("Listener", k => k.Listen())
            .Chef("Ringer", k => k.Ring())
            .Arbiter(k => k.Heard)
            .Expect("true.")
            .Accept(true, "As it should be.")
            .Otherwise("The classic mistake shows.");
}
