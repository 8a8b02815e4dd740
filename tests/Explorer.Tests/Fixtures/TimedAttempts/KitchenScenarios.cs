using System.Runtime.CompilerServices;
using KitchenKatas.Grader.Stress;

namespace Kitchen.Fixtures;

// Each scenario forbids one of the two ways a timed attempt on a held pass can end, so the explorer has to find it.
public static class KitchenScenarios
{
    public static StressScenario<Kitchen, Tally> MonitorTimesOut => GivingUpForbidden("Monitor");

    public static StressScenario<Kitchen, Tally> MonitorWaits => WaitingForbidden("Monitor");

    public static StressScenario<Kitchen, Tally> LockTimesOut => GivingUpForbidden("Lock");

    public static StressScenario<Kitchen, Tally> LockWaits => WaitingForbidden("Lock");

    public static StressScenario<Kitchen, Tally> SemaphoreSlimTimesOut => GivingUpForbidden("SemaphoreSlim");

    public static StressScenario<Kitchen, Tally> SemaphoreSlimWaits => WaitingForbidden("SemaphoreSlim");

    public static StressScenario<Kitchen, Tally> SemaphoreSlimWaitAsyncTimesOut => GivingUpForbidden("SemaphoreSlim.WaitAsync");

    public static StressScenario<Kitchen, Tally> SemaphoreSlimWaitAsyncWaits => WaitingForbidden("SemaphoreSlim.WaitAsync");

    public static StressScenario<Kitchen, Tally> ReaderWriterLockSlimTimesOut => GivingUpForbidden("ReaderWriterLockSlim");

    public static StressScenario<Kitchen, Tally> ReaderWriterLockSlimWaits => WaitingForbidden("ReaderWriterLockSlim");

    public static StressScenario<Kitchen, Tally> SpinLockTimesOut => GivingUpForbidden("SpinLock");

    public static StressScenario<Kitchen, Tally> SpinLockWaits => WaitingForbidden("SpinLock");

    public static StressScenario<Kitchen, Tally> ToolsInOppositeOrders =>
        Scenario.For(() => new Kitchen(), "Two chefs each hold one tool and try, for a while, to get the other")
            .Chef("Chef 1", k => k.PrepareVegetables())
            .Chef("Chef 2", k => k.PrepareMeat())
            .Arbiter(k => k.Tally)
            .Expect("every chef either cooks or gives up; nobody waits for ever.")
            .Accept(t => t.Served + t.GaveUp == 2, "Each chef cooked or gave up.")
            .Otherwise("A chef neither cooked nor gave up.");

    private static StressScenario<Kitchen, Tally> GivingUpForbidden(string how, [CallerMemberName] string member = "") =>
        Attempts(how, member)
            .Forbid(t => t.GaveUp > 0, "A chef's time ran out and it gave up.")
            .Otherwise(OutcomeGrade.Acceptable, "Both chefs served.");

    private static StressScenario<Kitchen, Tally> WaitingForbidden(string how, [CallerMemberName] string member = "") =>
        Attempts(how, member)
            .Forbid(t => t.WaitedAndServed > 0, "A chef found the pass busy, waited, and got it.")
            .Otherwise(OutcomeGrade.Acceptable, "The chefs never overlapped, or one gave up.");

    private static OutcomeTableBuilder<Kitchen, Tally> Attempts(string how, string member) =>
        Scenario.For(() => new Kitchen(), $"Two chefs try for a while to take the pass ({how})", member)
            .Chef("Chef 1", k => k.Serve(how))
            .Chef("Chef 2", k => k.Serve(how))
            .Arbiter(k => k.Tally)
            .Expect("whatever the timing, nothing here is forbidden but the one outcome the test looks for.");
}
