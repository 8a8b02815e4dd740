using System.Reflection;
using System.Runtime.CompilerServices;
using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.Stress;
using NUnit.Framework;

namespace KitchenKatas.Grader.Testing;

/// <summary>Assertions for kata checks, worded for a beginner.</summary>
public static class KataAssert
{
    /// <summary>
    /// Shakes <paramref name="scenario"/> on every core, then again with noise, for the kata's stress budget,
    /// and fails with the histogram and the story's explanation if any trial ends in a forbidden outcome.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void NoRace(IStressScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var build = KataBuildInfo.Of(Assembly.GetCallingAssembly());
        var manifest = build?.LoadManifest();
        var options = StressBudget.Resolve(manifest?.Stress ?? new StressSettings());
        var result = RaceCheck.Run(scenario, build?.LearnerFiles(), options);
        foreach (var phase in result.Phases)
        {
            TestContext.Out.WriteLine($"[{phase.Options.Mode}] {StressReport.Headline(phase)}");
        }

        foreach (var note in result.Notes)
        {
            TestContext.Out.WriteLine(note);
        }

        if (result.Failure is { } failure)
        {
            var hints = build is null ? null : $"{Path.Combine(Path.GetFileName(Path.TrimEndingDirectorySeparator(build.KataDir)), "README.md")}, section \"Hints\"";
            Assert.Fail(StressReport.Describe(failure, hints));
        }
    }
}
