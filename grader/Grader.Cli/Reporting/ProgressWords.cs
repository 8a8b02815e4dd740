using System.Globalization;
using KitchenKatas.Grader.Grading;
using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Grader.Cli.Reporting;

/// <summary>The words of the progress display, plain or live: all the grader's own, from kata.json and <see cref="CheckSteps"/>.</summary>
internal static class ProgressWords
{
    /// <summary>What grading the kata is busy with, or null when a check is running (see <see cref="Check"/> and <see cref="Step"/>).</summary>
    public static string? Stage(KataProgress progress) => progress.Stage switch
    {
        KataStage.Building => $"{progress.KataTitle}: building your code…",
        KataStage.Waiting => $"{progress.KataTitle}: waiting for its turn",
        KataStage.Checking when progress.Check == 0 => $"{progress.KataTitle}: starting the checks…",
        KataStage.CheckingAgainAlone when progress.Check == 0 =>
            $"{progress.KataTitle}: running the checks that could not judge once more, with the machine to themselves…",
        KataStage.Done => string.Create(CultureInfo.InvariantCulture, $"{progress.KataTitle}: {progress.ChecksDone} of {progress.CheckCount} checks ran."),
        _ => null,
    };

    /// <summary>"Check 3 of 8: title".</summary>
    public static string Check(KataProgress progress) =>
        string.Create(CultureInfo.InvariantCulture, $"Check {progress.Check} of {progress.CheckCount}: {progress.CheckTitle}");

    /// <summary>The running check's step, with its round when it counts them; null when there is nothing to add.</summary>
    public static string? Step(KataProgress progress) => progress.Step switch
    {
        CheckStep.Started or CheckStep.Finished => null,
        CheckStep.Measuring when progress is { Round: { } round, Of: { } of } =>
            string.Create(CultureInfo.InvariantCulture, $"{CheckSteps.Words(progress.Step)} ({round} of {of})"),
        _ => CheckSteps.Words(progress.Step),
    };
}
