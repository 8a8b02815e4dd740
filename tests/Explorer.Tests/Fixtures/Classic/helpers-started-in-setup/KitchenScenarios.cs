using KitchenKatas.Grader.Stress;

namespace Kitchen.Classic;

public sealed class Count<TKitchen>(TKitchen kitchen)
{
    public TKitchen Kitchen { get; } = kitchen;

    public int Plates { get; set; }
}

public static class KitchenScenarios
{
    public static StressScenario<Count<Broken>, int> BrokenKitchen =>
        Scenario.For(() => new Count<Broken>(new Broken()), "Two helpers, hired when the kitchen opens, count a plate each; the boss joins them")
            .Chef("Boss", c => c.Plates = c.Kitchen.WaitForHelpers())
            .Arbiter(c => c.Plates)
            .Expect("2 plates.")
            .Accept(2, "Both plates were counted.")
            .Otherwise("A plate was lost: both helpers read the same count.");

    public static StressScenario<Count<Fixed>, int> FixedKitchen =>
        Scenario.For(() => new Count<Fixed>(new Fixed()), "Two helpers, hired when the kitchen opens, count a plate each; the boss joins them")
            .Chef("Boss", c => c.Plates = c.Kitchen.WaitForHelpers())
            .Arbiter(c => c.Plates)
            .Expect("2 plates.")
            .Accept(2, "Both plates were counted.")
            .Otherwise("A plate was lost: both helpers read the same count.");
}
