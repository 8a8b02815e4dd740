using KitchenKatas.Grader.Stress;

namespace Kitchen.Classic;

public static class KitchenScenarios
{
    public static StressScenario<Broken, int> BrokenKitchen =>
        Scenario.For(() => new Broken(), "A chef joins its helper while holding the lock the helper needs")
            .Chef("Chef", k => k.CookWithHelper())
            .Arbiter(k => k.Dishes)
            .Expect("2 dishes.")
            .Accept(2, "Both dishes are done.")
            .Otherwise("A dish went missing.");

    public static StressScenario<Fixed, int> FixedKitchen =>
        Scenario.For(() => new Fixed(), "A chef joins its helper while holding the lock the helper needs")
            .Chef("Chef", k => k.CookWithHelper())
            .Arbiter(k => k.Dishes)
            .Expect("2 dishes.")
            .Accept(2, "Both dishes are done.")
            .Otherwise("A dish went missing.");
}
