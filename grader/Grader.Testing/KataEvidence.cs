using System.Collections.Concurrent;
using KitchenKatas.Grader.Katas;
using NUnit.Framework;

namespace KitchenKatas.Grader.Testing;

/// <summary>
/// What a check saw that makes its pass believable ("no race seen in 44,247 trials on 2 cores"): said to the learner
/// as it happens (NUnit's progress output, which <c>dotnet test</c> in a kata folder shows), handed to the grader for
/// its reports (the message of a passing check).
/// </summary>
public static class KataEvidence
{
    private static readonly ConcurrentDictionary<string, ConcurrentQueue<string>> Said = new(StringComparer.Ordinal);

    /// <summary>Records <paramref name="evidence"/> for the check that is running now.</summary>
    public static void Say(string evidence)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(evidence);
        var test = TestContext.CurrentContext.Test;
        Said.GetOrAdd(test.ID, _ => new ConcurrentQueue<string>()).Enqueue(evidence);
        CheckData.Hand(test.FullName, "evidence", new { Text = evidence });
        TestContext.Progress.WriteLine($"    {evidence}");
    }

    /// <summary>Everything said for the test with NUnit id <paramref name="testId"/>, in order, and forgets it.</summary>
    internal static IReadOnlyList<string> Take(string testId) =>
        Said.TryRemove(testId, out var said) ? said.ToArray() : [];
}
