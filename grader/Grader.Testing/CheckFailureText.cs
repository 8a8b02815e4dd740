using System.Reflection;
using System.Text.RegularExpressions;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace KitchenKatas.Grader.Testing;

/// <summary>
/// A failed kata check is the learner's code caught out, not a crash of the test: its message is the story, told
/// once. NUnit would add the grader's own stack trace (twice: once for the result, once per assertion), the assertion's
/// C# expression and an "Expected: True / But was: False" that says nothing a learner can use; this takes them out.
/// An error (an exception nobody expected) keeps its stack trace: that one may be the grader's own fault.
/// </summary>
public static partial class CheckFailureText
{
    // NUnit keeps each assertion's result, stack trace included, in a private list; no public way empties it.
    private static readonly FieldInfo? AssertionResults = typeof(TestResult)
        .GetFields(BindingFlags.NonPublic | BindingFlags.Instance)
        .FirstOrDefault(f => f.FieldType == typeof(List<AssertionResult>));

    /// <summary>Tidies the result of the check that just ran, when it failed an assertion.</summary>
    public static void Tidy(TestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.ResultState.Status != TestStatus.Failed || result.ResultState.Label == ResultState.Error.Label)
        {
            return;
        }

        var failures = result.AssertionResults.Where(a => a.Status != AssertionStatus.Passed).Select(a => Plain(a.Message)).ToList();
        if (AssertionResults?.GetValue(result) is List<AssertionResult> kept)
        {
            var quiet = kept.Select(a => new AssertionResult(a.Status, Plain(a.Message), null)).ToList();
            kept.Clear();
            kept.AddRange(quiet);
        }

        var message = failures.Count > 1 ? Several(failures) : Plain(result.Message);
        result.SetResult(result.ResultState, message, null);
    }

    /// <summary>
    /// Several failures of one check, numbered; a last line they all end with (the pointer to the hints, say) is said
    /// once, after them all.
    /// </summary>
    public static string Several(IReadOnlyList<string> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        var lasts = failures.Select(f => f.TrimEnd().Split('\n')[^1].Trim()).Distinct(StringComparer.Ordinal).ToArray();
        var footer = failures.Count > 1 && lasts.Length == 1 && lasts[0].Length > 0 ? lasts[0] : null;
        var bodies = footer is null ? failures : failures.Select(f => f.TrimEnd()[..^footer.Length].TrimEnd()).ToArray();
        var text = "Several things went wrong:\n" + string.Join("\n", bodies.Select((m, i) => $"{i + 1}) {m}"));
        return footer is null ? text : $"{text}\n\n{footer}";
    }

    /// <summary><paramref name="message"/> without NUnit's C# expression line and an empty True/False comparison.</summary>
    public static string Plain(string? message) =>
        TrueFalse().Replace(Expression().Replace(message ?? "", ""), "").Trim();

    [GeneratedRegex(@"^\s*Assert\.(That|Multiple)\(.*\)\s*$\n?", RegexOptions.Multiline)]
    private static partial Regex Expression();

    [GeneratedRegex(@"^\s*Expected: (True|False)\s*\n\s*But was:\s+(True|False)\s*$\n?", RegexOptions.Multiline)]
    private static partial Regex TrueFalse();
}
