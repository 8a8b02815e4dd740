using KitchenKatas.Grader.Cli.Companion;
using KitchenKatas.Grader.Cli.Reporting;
using KitchenKatas.Grader.Grading;
using KitchenKatas.Grader.Katas;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KitchenKatas.Grader.Cli.Commands.Kata;

/// <summary><c>kitchen kata check [ID]</c>: runs one kata's checks on the learner's files and remembers the result.</summary>
internal sealed class KataCheckCommand(IAnsiConsole console) : AsyncCommand<OneKataSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, OneKataSettings settings, CancellationToken cancellationToken)
    {
        if (KataPicker.Pick(console, settings, settings.Id) is not var (root, kata))
        {
            return KitchenApp.UsageOrInternalError;
        }

        return await CheckAsync(console, root, kata, cancellationToken).ConfigureAwait(false) ? 0 : 1;
    }

    /// <summary>Grades the kata, shows the result, and records it in the learner's progress.</summary>
    public static async Task<bool> CheckAsync(IAnsiConsole console, string root, KataInfo kata, CancellationToken cancellationToken)
    {
        console.MarkupLine($"Checking [bold]{Markup.Escape(kata.Manifest.Title)}[/]…");
        var grade = await ProgressDisplay.ShowAsync(
            console,
            progress => SubmissionBatch.GradeOneAsync([kata], Submission.InPlace, new GradeOptions { Progress = progress }, cancellationToken)).ConfigureAwait(false);
        TextReportWriter.Write(grade, console);
        var progress = LearnerProgress.Load(root);
        progress.LastChecks[kata.Manifest.Id] = new LastCheck(grade.Score, grade.MaxScore, grade.Passed, DateTimeOffset.UtcNow);
        progress.Save(root);
        if (!grade.Passed)
        {
            console.MarkupLine($"Stuck? [bold]kitchen kata hint {Markup.Escape(kata.Manifest.Id)}[/] shows the next hint.");
        }

        return grade.Passed;
    }
}
