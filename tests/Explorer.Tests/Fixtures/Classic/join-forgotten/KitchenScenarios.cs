using KitchenKatas.Grader.Stress;

namespace Kitchen.Classic;

public sealed class Plate<TKitchen>(TKitchen kitchen)
{
    public TKitchen Kitchen { get; } = kitchen;

    public string? Served { get; set; }
}

public static class KitchenScenarios
{
    public static StressScenario<Plate<Broken>, string> BrokenKitchen =>
        Scenario.For(() => new Plate<Broken>(new Broken()), "A chef hands the soup to a helper thread and serves before the helper is done")
            .Chef("Chef", p => p.Served = p.Kitchen.Serve())
            .Arbiter(p => p.Served ?? "an empty plate")
            .Expect("soup.")
            .Accept("soup", "The chef waited for the helper.")
            .Otherwise("The chef served before the helper was done: it forgot to Join.");

    public static StressScenario<Plate<Fixed>, string> FixedKitchen =>
        Scenario.For(() => new Plate<Fixed>(new Fixed()), "A chef hands the soup to a helper thread and serves before the helper is done")
            .Chef("Chef", p => p.Served = p.Kitchen.Serve())
            .Arbiter(p => p.Served ?? "an empty plate")
            .Expect("soup.")
            .Accept("soup", "The chef waited for the helper.")
            .Otherwise("The chef served before the helper was done: it forgot to Join.");
}
