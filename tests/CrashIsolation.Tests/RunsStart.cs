namespace KitchenKatas.CrashIsolation.Tests;

/// <summary>Lets kata 3's end-to-end runs (<see cref="KataRuns"/>) end before the test host does, so none is left running.</summary>
[SetUpFixture]
public sealed class RunsStart
{
    [OneTimeTearDown]
    public void LetTheRunsEnd() => KataRuns.WaitForAll();
}
