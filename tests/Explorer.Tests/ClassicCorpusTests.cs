using System.Globalization;
using KitchenKatas.Grader.Exploration;

namespace KitchenKatas.Explorer.Tests;

/// <summary>
/// Classic broken concurrency programs (Fixtures/Classic/&lt;case&gt;, each with an <c>about</c> line), each beside its
/// fixed twin: exploring finds the broken one, in the way its about line says, and explores the fixed one clean.
/// Each run prints one line for docs/measurements.md ("Explorer classic corpus").
/// </summary>
[TestFixture]
public sealed class ClassicCorpusTests
{
    public static readonly IReadOnlyList<ClassicCase> Cases =
    [
        new("lost-wakeup", FailureKind.Deadlock),
        new("if-around-wait", FailureKind.Exception),
        new("reset-event-race", FailureKind.Deadlock),
        new("auto-reset-two-waiters", FailureKind.Deadlock),
        new("barrier-misuse", FailureKind.ForbiddenOutcome),
        new("countdown-too-few", FailureKind.Deadlock),
        new("double-checked-locking", FailureKind.ForbiddenOutcome),
        new("flag-before-data", FailureKind.ForbiddenOutcome),
        new("peterson-wrong-order", FailureKind.ForbiddenOutcome),
        new("plain-queue-producer-consumer", FailureKind.Overlap),
        new("two-locks-opposite-orders", FailureKind.Deadlock),
        new("concurrent-dictionary-check-then-act", FailureKind.ForbiddenOutcome),
        new("lost-update", FailureKind.ForbiddenOutcome),
        new("semaphore-two-permits", FailureKind.ForbiddenOutcome),
        new("timed-wait-with-if", FailureKind.ForbiddenOutcome),
        new("spin-handshake-both-wait", FailureKind.Deadlock),
        new("join-forgotten", FailureKind.ForbiddenOutcome),
        new("join-under-lock", FailureKind.Deadlock),
        new("helpers-started-in-setup", FailureKind.ForbiddenOutcome),
    ];

    [TestCaseSource(nameof(Cases))]
    public void Reports_the_broken_program_by_exploring(ClassicCase classic)
    {
        var result = FixtureKitchens.Explore(Path.Combine("Classic", classic.Name), "BrokenKitchen", new ExplorerOptions());
        Measure(classic.Name, "broken", result);
        TestContext.Out.WriteLine(result.Interleaving);
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(ExplorationVerdict.FailureFound), result.Note ?? result.Coverage);
            Assert.That(result.Interleaving?.Kind, Is.EqualTo(classic.Kind), result.Interleaving?.Found);
        });
    }

    [TestCaseSource(nameof(Cases))]
    public void Does_not_report_the_fixed_twin(ClassicCase classic)
    {
        var result = FixtureKitchens.Explore(Path.Combine("Classic", classic.Name), "FixedKitchen", new ExplorerOptions());
        Measure(classic.Name, "fixed", result);
        Assert.That(result.Verdict, Is.EqualTo(ExplorationVerdict.NoFailureFound), result.Interleaving?.ToString() ?? result.Note);
    }

    private static void Measure(string name, string variant, ExplorationResult result) =>
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"corpus | {name} | {variant} | {result.Verdict} | {result.Interleaving?.Kind.ToString() ?? "-"} | {result.SchedulesExplored} | {result.Elapsed.TotalMilliseconds:F0} ms | {result.Coverage}"));

    /// <summary>One classic program and the failure its broken version must show.</summary>
    public sealed record ClassicCase(string Name, FailureKind Kind)
    {
        public override string ToString() => Name;
    }
}
