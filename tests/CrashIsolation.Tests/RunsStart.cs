namespace KitchenKatas.CrashIsolation.Tests;

/// <summary>Starts kata 3's end-to-end runs (<see cref="KataRuns"/>) before any test, so they overlap their waiting.</summary>
[SetUpFixture]
public sealed class RunsStart
{
    [OneTimeSetUp]
    public void StartTheRuns() => KataRuns.StartAll();

    [OneTimeTearDown]
    public void LetTheRunsEnd() => KataRuns.WaitForAll();
}
