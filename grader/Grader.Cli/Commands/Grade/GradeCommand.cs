using System.ComponentModel;
using KitchenKatas.Grader.Cli.Reporting;
using KitchenKatas.Grader.Grading;
using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.Platforms;
using KitchenKatas.Grader.Reporting;
using KitchenKatas.Grader.Roster;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KitchenKatas.Grader.Cli.Commands.Grade;

/// <summary>Grades katas: runs each kata's NUnit checks in a child process and reports the score in the formats asked for.</summary>
internal sealed class GradeCommand(IAnsiConsole console) : AsyncCommand<GradeCommand.Settings>
{
    /// <summary>Options of <c>kitchen grade</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        [CommandOption("-k|--kata <ID>")]
        [Description("Grade only this kata (repeatable); all katas when absent.")]
        public string[] Katas { get; init; } = [];

        [CommandOption("-s|--submission <DIR>")]
        [Description("With one --kata: a folder holding that kata's learner files, graded in a temporary copy.")]
        public string? Submission { get; init; }

        [CommandOption("--learner-files-from <CHECKOUT>")]
        [Description("A checkout of this repository made by someone else (a pull request's): each kata is graded on the learner files it holds in katas/<folder>/ and nothing else of it, so changed checks, kata.json, grader or workflows count for nothing.")]
        public string? LearnerFilesFrom { get; init; }

        [CommandOption("--submissions <DIR>")]
        [Description("Grade a class: one folder per student in DIR. Writes each student's report and roster.csv/roster.json to --roster; a rerun skips students already graded with the same checks, and grades again those graded with other checks.")]
        public string? Submissions { get; init; }

        [CommandOption("--allow-unsandboxed")]
        [Description("Grade a class (--submissions) even where this machine has no sandbox for learner code (kitchen doctor says which).")]
        public bool AllowUnsandboxed { get; init; }

        [CommandOption("--roster <DIR>")]
        [Description("Where --submissions writes its reports and roster.")]
        [DefaultValue("roster")]
        public string Roster { get; init; } = "roster";

        [CommandOption("--shard <K/N>")]
        [Description("With --submissions: grade only part K of N of the class (each student's part comes from a hash of their folder's name, so adding students moves no one). Merge the parts with 'roster merge'.")]
        public string? Shard { get; init; }

        [CommandOption("--parallel <N>")]
        [Description("With --submissions: students graded at once, each building in a folder of its own. Default: half the cores, at least 1 (timed checks need room).")]
        public int? Parallel { get; init; }

        [CommandOption("-f|--format <FORMAT>")]
        [Description("text, json, junit, markdown, github, gradescope, classroom50, exercism, prairielearn, or classroom (legacy: the retired GitHub Classroom reporter) (repeatable; pair each with an --output, or it goes to the console).")]
        public string[] Formats { get; init; } = [];

        [CommandOption("-o|--output <FILE>")]
        [Description("Where the format at the same position goes (repeatable).")]
        public string[] Outputs { get; init; } = [];

        [CommandOption("--budget <SCALE>")]
        [Description("Multiplies every stress budget, e.g. 0.5 for a quick look or 4 on CI.")]
        [DefaultValue(1.0)]
        public double Budget { get; init; } = 1.0;

        [CommandOption("--seed <N>")]
        [Description("Seed of the stress runs' random start skew.")]
        public int? Seed { get; init; }

        [CommandOption("--timeout <SECONDS>")]
        [Description("Wall-clock limit for building and running one kata's checks; the whole run is killed past it.")]
        [DefaultValue(600)]
        public int TimeoutSeconds { get; init; } = 600;

        [CommandOption("--pass-mark <PERCENT>")]
        [Description("Pass when the score reaches this share of the points (0-100); without it, every check must pass.")]
        public double? PassMark { get; init; }

        [CommandOption("--repo <DIR>")]
        [Description("The Kitchen Katas repository (found from the current folder when absent).")]
        public string? Repo { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            if (Submission is not null && Katas.Length != 1)
            {
                return ValidationResult.Error("--submission needs exactly one --kata.");
            }

            if (new[] { Submission, Submissions, LearnerFilesFrom }.Count(s => s is not null) > 1)
            {
                return ValidationResult.Error("Use one of --submission (one kata's files), --learner-files-from (a checkout) or --submissions (a class).");
            }

            if (Outputs.Length > Formats.Length)
            {
                return ValidationResult.Error("Each --output needs its own --format just before it.");
            }

            var unknown = Formats.FirstOrDefault(f => !ReportFormats.Known.Contains(f));
            if (unknown is not null)
            {
                return ValidationResult.Error($"Unknown format '{unknown}'; use one of {string.Join(", ", ReportFormats.Known)}.");
            }

            if (Parallel is < 1)
            {
                return ValidationResult.Error("--parallel needs at least 1.");
            }

            if (Parallel is not null && Submissions is null)
            {
                return ValidationResult.Error("--parallel is for --submissions (a class).");
            }

            if (Shard is not null && (Submissions is null || ClassShard.Parse(Shard) is null))
            {
                return ValidationResult.Error("--shard K/N is for --submissions (a class), with 1 <= K <= N.");
            }

            if (PassMark is < 0 or > 100)
            {
                return ValidationResult.Error("--pass-mark is a percentage, from 0 to 100.");
            }

            if (TimeoutSeconds is < 10 or > 24 * 3600)
            {
                return ValidationResult.Error("--timeout is in seconds, from 10 to 86400.");
            }

            return Budget is > 0 and <= 100 ? ValidationResult.Success() : ValidationResult.Error("--budget must be above 0 and at most 100.");
        }
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        // Absolute: the checks run with the kata folder as their working directory.
        var root = settings.Repo is { } repo ? Path.GetFullPath(repo) : KataLocator.FindRepoRoot(Environment.CurrentDirectory);
        if (root is null || !File.Exists(Path.Combine(root, "KitchenKatas.slnx")))
        {
            console.MarkupLine("[red]No Kitchen Katas repository here.[/] Run from inside it, or pass --repo DIR.");
            return KitchenApp.UsageOrInternalError;
        }

        var all = KataLocator.FindAll(root);
        var missing = settings.Katas.Where(id => all.All(k => k.Manifest.Id != id)).ToArray();
        if (missing.Length > 0)
        {
            console.MarkupLine($"[red]Unknown kata:[/] {Markup.Escape(string.Join(", ", missing))}. Known: {Markup.Escape(string.Join(", ", all.Select(k => k.Manifest.Id)))}.");
            return KitchenApp.UsageOrInternalError;
        }

        var selected = settings.Katas.Length == 0 ? all : all.Where(k => settings.Katas.Contains(k.Manifest.Id)).ToArray();
        if (settings.LearnerFilesFrom is { } checkout
            && selected.Where(k => !Directory.Exists(Path.Combine(checkout, "katas", k.FolderName))).Select(k => $"katas/{k.FolderName}").ToArray() is { Length: > 0 } absent)
        {
            console.MarkupLine($"[red]Not a checkout of the katas:[/] {Markup.Escape(checkout)} has no {Markup.Escape(string.Join(", ", absent))}.");
            return KitchenApp.UsageOrInternalError;
        }

        var options = new GradeOptions
        {
            BudgetScale = settings.Budget,
            Seed = settings.Seed,
            KataTimeout = TimeSpan.FromSeconds(settings.TimeoutSeconds),
            StudentsAtOnce = settings.Parallel ?? DefaultStudentsAtOnce,
            Shard = ClassShard.Parse(settings.Shard),
        };
        if (settings.Submissions is not null)
        {
            return await GradeClassAsync(selected, settings, options, cancellationToken).ConfigureAwait(false);
        }

        // Progress goes to standard error, so a report written to standard output stays clean.
        var report = await ProgressDisplay.ShowAsync(
            ProgressDisplay.StandardError(),
            progress => SubmissionBatch.GradeOneAsync(selected, new Submission("", LearnerFolders(settings)), options with { Progress = progress }, cancellationToken)).ConfigureAwait(false);
        foreach (var (format, output) in FormatPairs.From(context.Arguments))
        {
            if (format == "text" && output is null)
            {
                TextReportWriter.Write(report, console);
                continue;
            }

            var text = ReportFormats.Render(format, report, FormatContext.For(root, selected));
            if (output is null)
            {
                console.Profile.Out.Writer.Write(text);
            }
            else
            {
                await File.WriteAllTextAsync(output, text, cancellationToken).ConfigureAwait(false);
            }
        }

        var passed = settings.PassMark is { } mark
            ? report.MaxScore > 0 && 100.0 * report.Score / report.MaxScore >= mark
            : report.Passed;
        return passed ? 0 : 1;
    }

    // Where each kata's learner files come from: the kata folder itself (null), one --submission folder, or the kata's
    // folder in someone else's checkout, of which only the learner files are ever copied.
    private static Func<KataInfo, string?> LearnerFolders(Settings settings) =>
        settings.LearnerFilesFrom is { } checkout ? kata => Path.Combine(Path.GetFullPath(checkout), "katas", kata.FolderName)
        : settings.Submission is { } submission ? _ => submission
        : _ => null;

    private async Task<int> GradeClassAsync(IReadOnlyList<KataInfo> katas, Settings settings, GradeOptions options, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(settings.Submissions))
        {
            console.MarkupLine($"[red]No folder[/] {Markup.Escape(settings.Submissions!)}.");
            return KitchenApp.UsageOrInternalError;
        }

        // A class is many strangers' programs run as the teacher: never without a sandbox unless the teacher says so.
        var sandbox = Platform.Current.Sandbox;
        if (!sandbox.Isolates && !settings.AllowUnsandboxed)
        {
            console.MarkupLine($"[red]Not grading the class:[/] learner code would run {Markup.Escape(sandbox.Protection)}. "
                + "Fix that, or pass --allow-unsandboxed to grade with the time, output and process limits only.");
            return KitchenApp.UsageOrInternalError;
        }

        var roster = await ClassRoster.GradeAsync(
            katas, settings.Submissions!, settings.Roster, options,
            (student, skipped) => Console.Error.WriteLine(skipped ? $"{student}: already graded, skipped" : $"Grading {student}…"),
            cancellationToken).ConfigureAwait(false);
        var table = new Table().Border(TableBorder.Rounded).AddColumns("Student", "Score", "Passed");
        foreach (var entry in roster)
        {
            table.AddRow(Markup.Escape(entry.Student), $"{entry.Score}/{entry.MaxScore}", entry.Passed ? "[green]yes[/]" : "[red]no[/]");
        }

        console.Write(table);
        console.MarkupLine($"Roster written to {Markup.Escape(Path.GetFullPath(settings.Roster))} (roster.csv, roster.json, one report per student).");
        return 0;
    }

    // Half the cores: the timed checks of one student need room, and each grade builds too.
    private static int DefaultStudentsAtOnce => Math.Max(1, Environment.ProcessorCount / 2);
}
