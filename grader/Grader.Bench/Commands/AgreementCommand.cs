using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using KitchenKatas.Grader.Grading;
using KitchenKatas.Grader.Isolation;
using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.Platforms;
using KitchenKatas.Grader.Roster;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KitchenKatas.Grader.Bench.Commands;

/// <summary>
/// <c>agreement</c>: do two grades of the same files agree? Each kata's starter and reference solution is copied into a
/// class of N identical students and graded by <c>kitchen grade --submissions</c>, exactly as a teacher grades a class
/// (students at once, a check that could not judge beside other work run again alone). Every student must get the
/// same score and the same verdict on every check.
/// </summary>
internal sealed class AgreementCommand : AsyncCommand<AgreementCommand.Settings>
{
    /// <summary>Options of the agreement benchmark.</summary>
    public sealed class Settings : CommandSettings
    {
        [CommandOption("-k|--kata <ID>")]
        [Description("The kata (id or folder, repeatable); every kata when absent.")]
        public string[] Katas { get; init; } = [];

        [CommandOption("--files <WHICH>")]
        [Description("starter, solution (repeatable); both when absent.")]
        public string[] Files { get; init; } = [];

        [CommandOption("--runs <N>")]
        [Description("Students in each class of identical files.")]
        [DefaultValue(20)]
        public int Runs { get; init; } = 20;

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Runs < 2 ? ValidationResult.Error("--runs must be at least 2: agreement needs two grades.")
            : Files.Except(["starter", "solution"]).Any() ? ValidationResult.Error("--files is starter or solution.")
            : ValidationResult.Success();
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var root = RepoLocator.Root();
        var katas = KataLocator.FindAll(root).Where(k => settings.Katas.Length == 0 || settings.Katas.Any(id => id == k.Manifest.Id || id == k.FolderName)).ToArray();
        var which = settings.Files.Length == 0 ? ["starter", "solution"] : settings.Files;
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("Kata", "Files", "Grades", "Scores (how many)", "Checks that disagree", "Not judged", "Judged on a retry alone", "Minutes");
        // The CLI is what a teacher runs; the bench builds it once (its own Release build) and then only runs it.
        AnsiConsole.MarkupLine("Building the grader's command line...");
        var built = await ChildProcessRunner.RunAsync(new ChildProcessRequest(DotnetHost.Path,
            ["build", "-c", "Release", "-v", "q", Path.Combine(root, "grader", "Grader.Cli")]) { Timeout = TimeSpan.FromMinutes(10), CaptureStacksOnTimeout = false }, cancellationToken).ConfigureAwait(false);
        if (built.ExitCode != 0)
        {
            AnsiConsole.MarkupLine($"[red]The build failed:[/] {Markup.Escape(built.StandardOutput[^Math.Min(3000, built.StandardOutput.Length)..])}");
            return 2;
        }

        var disagreements = 0;
        foreach (var kata in katas)
        {
            foreach (var files in which)
            {
                var source = files == "starter" ? kata.Folder : Path.Combine(root, "solutions", kata.FolderName);
                var work = Directory.CreateTempSubdirectory("kitchen-agreement-").FullName;
                try
                {
                    AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, $"[bold]{Markup.Escape(kata.FolderName)}[/], {files}: a class of {settings.Runs} identical students...");
                    var clock = Stopwatch.StartNew();
                    var reports = await GradeClassAsync(root, kata, source, work, settings.Runs, cancellationToken).ConfigureAwait(false);
                    var row = Agreement.Of(reports.Select(r => r.Katas.Single()).ToArray());
                    disagreements += row.Disagreeing.Count + (row.Scores.Count > 1 ? 1 : 0) + (settings.Runs - reports.Count);
                    table.AddRow(Markup.Escape(kata.Manifest.Id), files, $"{reports.Count} of {settings.Runs}",
                        string.Join(", ", row.Scores.Select(s => $"{s.Key} ({s.Value})")),
                        row.Disagreeing.Count == 0 ? "[green]none[/]" : $"[red]{Markup.Escape(string.Join(", ", row.Disagreeing))}[/]",
                        row.NotJudged.ToString(CultureInfo.InvariantCulture), row.RetriedAlone.ToString(CultureInfo.InvariantCulture),
                        clock.Elapsed.TotalMinutes.ToString("0.0", CultureInfo.InvariantCulture));
                    AnsiConsole.MarkupLine(CultureInfo.InvariantCulture,
                        $"  scores {Markup.Escape(string.Join(", ", row.Scores.Select(s => $"{s.Key} x{s.Value}")))}; checks that disagree: {row.Disagreeing.Count}; {clock.Elapsed.TotalMinutes:0.0} min; load {MachineLoad.OneMinute()}");
                }
                finally
                {
                    Directory.Delete(work, recursive: true);
                }
            }
        }

        AnsiConsole.MarkupLine($"Grades of identical files, {settings.Runs} a class, on {Environment.ProcessorCount} core(s); 1-minute load average {MachineLoad.OneMinute()} at the end:");
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine(disagreements == 0 ? "[green]Every grade of the same files agreed.[/]" : $"[red]{disagreements} disagreement(s).[/]");
        return disagreements == 0 ? 0 : 1;
    }

    // A class of identical students graded by the CLI in a process of its own; the reports it wrote, one per student.
    private static async Task<IReadOnlyList<GradeReport>> GradeClassAsync(string root, KataInfo kata, string source, string work, int students, CancellationToken cancellationToken)
    {
        var submissions = Path.Combine(work, "class");
        for (var student = 1; student <= students; student++)
        {
            var folder = Directory.CreateDirectory(Path.Combine(submissions, $"student-{student:00}")).FullName;
            foreach (var file in kata.Manifest.LearnerFiles)
            {
                File.Copy(Path.Combine(source, file), Path.Combine(folder, file));
            }
        }

        var roster = Path.Combine(work, "roster");
        var graded = await ChildProcessRunner.RunAsync(new ChildProcessRequest(DotnetHost.Path,
            ["run", "--no-build", "-c", "Release", "--project", Path.Combine(root, "grader", "Grader.Cli"), "--",
             "grade", "--repo", root, "--kata", kata.Manifest.Id, "--submissions", submissions, "--roster", roster, "--allow-unsandboxed"])
        {
            Timeout = TimeSpan.FromMinutes(10) * students,
            CaptureStacksOnTimeout = false,
        }, cancellationToken).ConfigureAwait(false);
        var reports = Enumerable.Range(1, students)
            .Select(s => RosterFiles.TryLoad(RosterFiles.ReportFile(roster, $"student-{s:00}")))
            .OfType<GradeReport>().ToArray();
        if (reports.Length < students)
        {
            AnsiConsole.MarkupLine(CultureInfo.InvariantCulture,
                $"[red]Only {reports.Length} of {students} reports (exit {graded.ExitCode}):[/] {Markup.Escape(graded.StandardError[^Math.Min(2000, graded.StandardError.Length)..])}");
        }

        return reports;
    }

}

/// <summary>How a set of grades of the same files agree.</summary>
/// <param name="Scores">Each score given, with how many grades gave it.</param>
/// <param name="Disagreeing">Checks that passed in some grades and not in others (a check not judged counts as neither).</param>
/// <param name="NotJudged">Checks left not judged, over all grades.</param>
/// <param name="RetriedAlone">Grades whose notes say a check ran again alone.</param>
internal sealed record Agreement(IReadOnlyDictionary<int, int> Scores, IReadOnlyList<string> Disagreeing, int NotJudged, int RetriedAlone)
{
    /// <summary>The agreement of <paramref name="grades"/>, one per student.</summary>
    public static Agreement Of(IReadOnlyList<KataGrade> grades)
    {
        var scores = grades.GroupBy(g => g.Score).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count());
        var disagreeing = grades.SelectMany(g => g.Checks).Where(c => c.NotJudged is null).GroupBy(c => c.Name)
            .Where(c => c.Select(k => k.Passed).Distinct().Count() > 1)
            .Select(c => c.Key[(c.Key.LastIndexOf('.') + 1)..]).ToArray();
        return new Agreement(scores, disagreeing,
            grades.Sum(g => g.Checks.Count(c => c.NotJudged is not null)),
            grades.Count(g => g.Notes.Any(n => n.Contains("ran again with the machine", StringComparison.Ordinal))));
    }
}
