using KitchenKatas.Grader.Stress;

namespace Kitchen.Classic;

public static class KitchenScenarios
{
    public static StressScenario<Broken, int> BrokenKitchen =>
        Scenario.For(() => new Broken(), "Producer and consumer share a plain Queue with no lock")
            .Chef("Producer", k =>
            {
                k.Produce("soup");
                k.Produce("stew");
            })
            .Chef("Consumer", k =>
            {
                k.Consume();
                k.Consume();
            })
            .Arbiter(k => k.Taken + k.Left)
            .Expect("2.")
            .Accept(2, "As it should be.")
            .Otherwise("The classic mistake shows.");

    public static StressScenario<Fixed, int> FixedKitchen =>
        Scenario.For(() => new Fixed(), "Producer and consumer share a plain Queue with no lock")
            .Chef("Producer", k =>
            {
                k.Produce("soup");
                k.Produce("stew");
            })
            .Chef("Consumer", k =>
            {
                k.Consume();
                k.Consume();
            })
            .Arbiter(k => k.Taken + k.Left)
            .Expect("2.")
            .Accept(2, "As it should be.")
            .Otherwise("The classic mistake shows.");
}
