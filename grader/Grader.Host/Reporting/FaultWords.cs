using KitchenKatas.Grader.Grading;
using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Grader.Reporting;

/// <summary>
/// The one sentence every report format shows beside a check that did not pass: whose doing it was. Platforms show a
/// red mark either way; without this line a learner cannot tell a bug of theirs from a machine that could not judge.
/// </summary>
public static class FaultWords
{
    /// <summary>The sentence for <paramref name="check"/>, or null when it passed.</summary>
    public static string? For(CheckGrade check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return check.Passed ? null : check.Fault switch
        {
            Fault.GradingMachine => check.NotJudged is not null
                ? "Cause: the grading machine, not your code: it was too busy (or lacks what the check measures) to judge. No points either way; grade again on a quieter machine."
                : "Cause: the grading machine, not your code: its build or test platform failed before the check could run. Grade again; tell your teacher if it keeps happening.",
            _ => "Cause: your code (the check judged it and it did not hold).",
        };
    }

    /// <summary>True when at least one check failed on the machine's side and none on the learner's.</summary>
    public static bool MachineOnly(GradeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var failed = report.Katas.SelectMany(k => k.Checks).Where(c => !c.Passed).ToArray();
        return failed.Length > 0 && failed.All(c => c.Fault == Fault.GradingMachine);
    }

    /// <summary>What the check said: why it failed, why it could not judge, or its evidence ("" when it said nothing).</summary>
    public static string Message(CheckGrade check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return check.NotJudged is { } why ? $"Not judged, so no points either way: {why}" : check.Message ?? "";
    }

    /// <summary>The message of a check with its cause after it, as platforms that show one text per test need.</summary>
    public static string WithCause(CheckGrade check)
    {
        var message = Message(check);
        return For(check) is { } cause ? (message.Length == 0 ? cause : message + "\n" + cause) : message;
    }
}
