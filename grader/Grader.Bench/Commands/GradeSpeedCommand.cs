using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using KitchenKatas.Grader.Isolation;
using KitchenKatas.Grader.Katas;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KitchenKatas.Grader.Bench.Commands;

/// <summary>
/// How much the grade command costs over a plain <c>dotnet test</c> of the same katas: warm (built already) and cold
/// (a fresh clone: restore, build, grade), measured in one run on this machine.
/// </summary>
internal sealed class GradeSpeedCommand : AsyncCommand<GradeSpeedCommand.Settings>
{
    /// <summary>Options of the grade-speed benchmark.</summary>
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--runs <N>")]
        [Description("Warm runs of each measurement; the median is shown.")]
        [DefaultValue(3)]
        public int Runs { get; init; } = 3;

        [CommandOption("--skip-cold")]
        [Description("Skip the fresh-clone measurement.")]
        public bool SkipCold { get; init; }
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var root = RepoLocator.Root();
        var katas = KataLocator.FindAll(root);
        var table = new Table().Border(TableBorder.Rounded).AddColumns("Kata", "dotnet test (s)", "kitchen grade (s)", "grade / test");
        double testTotal = 0, gradeTotal = 0;
        foreach (var kata in katas)
        {
            var test = await MedianAsync(settings.Runs, () => TimeAsync(root, cancellationToken, "test", kata.Folder)).ConfigureAwait(false);
            var grade = await MedianAsync(settings.Runs, () => TimeAsync(root, cancellationToken, "run", "--no-build", "--project", "grader/Grader.Cli", "--", "grade", "--kata", kata.Manifest.Id, "--format", "json")).ConfigureAwait(false);
            testTotal += test;
            gradeTotal += grade;
            table.AddRow(kata.Manifest.Id, S(test), S(grade), (grade / test).ToString("0.00", CultureInfo.InvariantCulture));
        }

        table.AddRow("[bold]all katas[/]", S(testTotal), S(gradeTotal), (gradeTotal / testTotal).ToString("0.00", CultureInfo.InvariantCulture));

        // What a teacher runs: one grade of every kata, which builds all their checks in one go.
        var together = await MedianAsync(settings.Runs, () => TimeAsync(root, cancellationToken, "run", "--no-build", "--project", "grader/Grader.Cli", "--", "grade", "--format", "json")).ConfigureAwait(false);
        table.AddRow("[bold]all katas, one grade[/]", S(testTotal), S(together), (together / testTotal).ToString("0.00", CultureInfo.InvariantCulture));
        AnsiConsole.MarkupLine($"Warm runs, median of {settings.Runs}, on {Environment.ProcessorCount} core(s); 1-minute load average {MachineLoad.OneMinute()} at the end:");
        AnsiConsole.Write(table);

        if (!settings.SkipCold)
        {
            var clone = Directory.CreateTempSubdirectory("kitchen-cold-").FullName;
            try
            {
                var cloned = await ChildProcessRunner.RunAsync(new ChildProcessRequest("git", ["clone", "-q", root, clone]), cancellationToken).ConfigureAwait(false);
                if (cloned.ExitCode != 0)
                {
                    AnsiConsole.MarkupLine($"[red]git clone failed[/]: {Markup.Escape(cloned.StandardError)}");
                    return 1;
                }

                var cold = await TimeAsync(clone, cancellationToken, "run", "--project", "grader/Grader.Cli", "--", "grade", "--format", "json").ConfigureAwait(false);
                AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, $"Cold grade of all katas in a fresh clone (restore, build, grade): [bold]{cold:0.0} s[/], load average {MachineLoad.OneMinute()} after");
            }
            finally
            {
                Directory.Delete(clone, recursive: true);
            }
        }

        return 0;
    }

    private static async Task<double> MedianAsync(int runs, Func<Task<double>> measure)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            times.Add(await measure().ConfigureAwait(false));
        }

        return times.Order().ElementAt(times.Count / 2);
    }

    private static async Task<double> TimeAsync(string workingDirectory, CancellationToken cancellationToken, params string[] args)
    {
        var stopwatch = Stopwatch.StartNew();
        await ChildProcessRunner.RunAsync(
            new ChildProcessRequest("dotnet", args) { WorkingDirectory = workingDirectory, Timeout = TimeSpan.FromMinutes(20) },
            cancellationToken).ConfigureAwait(false);
        return stopwatch.Elapsed.TotalSeconds;
    }


    private static string S(double seconds) => seconds.ToString("0.0", CultureInfo.InvariantCulture);
}
