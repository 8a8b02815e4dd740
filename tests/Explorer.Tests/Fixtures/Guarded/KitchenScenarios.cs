using KitchenKatas.Grader.Stress;

namespace Kitchen.Fixtures;

public static class KitchenScenarios
{
    public static StressScenario<Kitchen, int> OneCounter =>
        Scenario.For(() => new Kitchen(), "Two chefs cook a soup each")
            .Chef("Chef 1", k => k.CookSoup())
            .Chef("Chef 2", k => k.CookSoup())
            .Arbiter(k => k.Soups)
            .Expect("both soups counted.").Accept(2, "Both were counted.").Otherwise("A soup was lost.");

    public static StressScenario<Kitchen, int> ThreeCounters =>
        Scenario.For(() => new Kitchen(), "Two chefs cook three dishes each")
            .Chef("Chef 1", k => k.CookThree())
            .Chef("Chef 2", k => k.CookThree())
            .Arbiter(k => k.Soups)
            .Expect("both soups counted.").Accept(2, "Both were counted.").Otherwise("A soup was lost.");

    public static StressScenario<PeekingKitchen, int> ThreeCountersThenPeek =>
        Scenario.For(() => new PeekingKitchen(), "Two chefs cook three dishes each, then peek at the pies")
            .Chef("Chef 1", k => k.CookThreeThenPeek())
            .Chef("Chef 2", k => k.CookThreeThenPeek())
            .Arbiter(k => k.Soups)
            .Expect("both soups counted.").Accept(2, "Both were counted.").Otherwise("A soup was lost.");

    public static StressScenario<LooseKitchen, int> OneCounterOneLoose =>
        Scenario.For(() => new LooseKitchen(), "Two chefs cook a soup each and count it outside the lock")
            .Chef("Chef 1", k => k.CookAndCountLoose())
            .Chef("Chef 2", k => k.CookAndCountLoose())
            .Arbiter(k => k.Loose)
            .Expect("both counted outside the lock.").Accept(2, "Both were counted.").Otherwise("A count was lost.");
}
