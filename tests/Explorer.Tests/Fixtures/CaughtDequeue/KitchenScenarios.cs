using KitchenKatas.Grader.Stress;

namespace Kitchen.Fixtures;

public static class KitchenScenarios
{
    public static StressScenario<Kitchen, int> TakeWhileOrdering =>
        Scenario.For(() => new Kitchen(), "One chef takes an order while another hands one in")
            .Chef("Chef 1", k => k.Take())
            .Chef("Chef 2", k => k.Order("soup"))
            .Arbiter(k => k.Handled)
            .Expect("the take is counted once, found or missed.")
            .Accept(1, "The chef took the soup, or found the queue empty.")
            .Otherwise("The take was counted wrong.");
}
