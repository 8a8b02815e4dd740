using System.Globalization;
using KitchenKatas.Grader.Katas;
using NUnit.Framework;

namespace KitchenKatas.Grader.Testing;

/// <summary>
/// Where the running check is, told to the grader (the run's progress file, <see cref="CheckProgress"/>) so
/// <c>kitchen kata check</c> and <c>kitchen grade</c> can show it; a check that works in long rounds says each round
/// to the learner's <c>dotnet test</c> too. Only the step's name and numbers reach the grader, which words them itself.
/// </summary>
public static class KataSteps
{
    /// <summary>The running check is at <paramref name="step"/>.</summary>
    public static void At(CheckStep step) =>
        CheckProgress.Write(new CheckProgress(TestContext.CurrentContext.Test.FullName, step));

    /// <summary>
    /// The running check starts round <paramref name="round"/> of <paramref name="of"/> of a long measurement, about
    /// <paramref name="what"/> (e.g. "the mixed kitchen"): said as "Measuring the mixed kitchen (2 of 3)…".
    /// </summary>
    public static void Round(string what, int round, int of)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(what);
        ArgumentOutOfRangeException.ThrowIfLessThan(round, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(of, round);
        CheckProgress.Write(new CheckProgress(TestContext.CurrentContext.Test.FullName, CheckStep.Measuring, round, of));
        TestContext.Progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    Measuring {what} ({round} of {of})…"));
    }
}
