using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Grader.Katas;

/// <summary>
/// Tells a check that could not judge from one that judged. A check that cannot judge on the machine at hand (a
/// machine too busy to time, a platform without what it measures) ends as skipped with a message that starts with
/// <see cref="Prefix"/> (<c>KataAssert.NotJudged</c>); the learner's <c>dotnet test</c> shows it skipped with that
/// message, and the grader reports it "not judged": no points either way, never a silent pass.
/// </summary>
public static class NotJudged
{
    /// <summary>How the message of a check that could not judge begins.</summary>
    public const string Prefix = "Not judged";

    /// <summary>How a check begins that cannot judge on this kind of machine at all (it lacks what the check needs):
    /// trying again on the same machine is no use.</summary>
    public const string OnThisMachine = Prefix + " on this machine";

    private static readonly string[] SkippedOutcomes = ["NotExecuted", "Inconclusive", "Skipped", "None", "Pending"];

    /// <summary>Why <paramref name="outcome"/> is not a verdict, or null when it is one (passed or failed).</summary>
    public static string? Of(TestOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return SkippedOutcomes.Contains(outcome.Outcome, StringComparer.OrdinalIgnoreCase)
            && outcome.Message is { } message && message.TrimStart().StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
            ? message.Trim()
            : null;
    }
}
