using KitchenKatas.Grader.Exploration;

namespace KitchenKatas.Explorer.Tests;

[TestFixture]
public sealed class WrongFixExplorationTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData("lock-only-in-add", new[] { "RacingRemoves", "InspectionWhileAdding" });
        yield return new TestCaseData("interlocked-on-two-fields", new[] { "InspectionWhileAdding" });
        yield return new TestCaseData("lock-per-call", new[] { "SameItemAdds", "DifferentItemAdds", "RacingRemoves", "InspectionWhileAdding" });
        yield return new TestCaseData("concurrent-dictionary-check-then-act", new[] { "RacingRemoves" });
    }

    [TestCaseSource(nameof(Cases))]
    public void Each_wrong_fix_is_caught_with_its_own_interleaving(string wrongFix, string[] scenarios)
    {
        foreach (var scenario in scenarios)
        {
            var result = RacyCartKitchens.Explore(RepoPaths.WrongFix(wrongFix), scenario);
            TestContext.Out.WriteLine($"{scenario}: {result.Coverage}");
            TestContext.Out.WriteLine(result.Note);
            TestContext.Out.WriteLine(result.Interleaving?.ToString());
            Assert.That(result.Verdict, Is.EqualTo(ExplorationVerdict.FailureFound), $"{wrongFix} in {scenario}");
        }
    }
}
