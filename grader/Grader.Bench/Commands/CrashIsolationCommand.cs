using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using KitchenKatas.Grader.Isolation;
using KitchenKatas.Grader.Katas;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KitchenKatas.Grader.Bench.Commands;

/// <summary>
/// Kata 3's false-positive proof: builds the checks against the reference solution once, then runs the whole check
/// suite (<c>dotnet test --no-build</c>) again and again, each in a fresh test host as a learner would, and prints
/// per check how often it failed and how long it took. A correct solution must never fail.
/// </summary>
internal sealed class CrashIsolationCommand : Command<CrashIsolationCommand.Settings>
{
    /// <summary>Options of the crash-isolation benchmark.</summary>
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--runs <N>")]
        [Description("Runs of the whole check suite.")]
        [DefaultValue(100)]
        public int Runs { get; init; } = 100;

        [CommandOption("--no-build")]
        [Description("Use the checks already built with -p:KataSolution=true instead of building them.")]
        public bool NoBuild { get; init; }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var kata = Path.Combine(RepoLocator.Root(), "katas", "03-crash-isolation");
        var manifest = KataManifest.Load(Path.Combine(kata, "kata.json"));
        if (!settings.NoBuild)
        {
            var build = KataTestRunner.BuildAsync(Solution(kata) with { SkipProjectReferences = false, Timeout = TimeSpan.FromMinutes(10) }, cancellationToken).GetAwaiter().GetResult();
            if (build.ExitCode != 0)
            {
                AnsiConsole.WriteLine(build.StandardOutput);
                return 2;
            }
        }

        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture,
            $"[bold]Kata 3 crash isolation[/], reference solution: {settings.Runs} runs of all {manifest.Checks.Count} checks on {Environment.ProcessorCount} core(s), each run in a fresh test host.");
        var stats = manifest.Checks.ToDictionary(c => c.Test, _ => new List<(bool Passed, double Seconds)>());
        var runSeconds = new List<double>();
        var broken = 0;
        var clock = Stopwatch.StartNew();
        for (var run = 1; run <= settings.Runs && !cancellationToken.IsCancellationRequested; run++)
        {
            IReadOnlyList<TestOutcome> outcomes;
            double seconds;
            try
            {
                outcomes = RunOnce(kata, cancellationToken, out seconds);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: the run in progress is dropped, the ones before it are summed up below.
                break;
            }

            runSeconds.Add(seconds);
            if (outcomes.Count == 0)
            {
                broken++;
                AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, $"[red]Run {run} wrote no results.[/]");
            }

            foreach (var outcome in outcomes.Where(o => stats.ContainsKey(o.FullName)))
            {
                stats[outcome.FullName].Add((outcome.Passed, outcome.Duration.TotalSeconds));
                if (!outcome.Passed)
                {
                    AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, $"[red]Run {run}, {Markup.Escape(Short(outcome.FullName))} failed:[/] {Markup.Escape(outcome.Message ?? "")}");
                }
            }

            AnsiConsole.MarkupLine(CultureInfo.InvariantCulture,
                $"  run {run}: {seconds:0.0} s; {stats.Values.Sum(s => s.Count(r => !r.Passed))} failure(s) so far, {clock.Elapsed.TotalMinutes:0.0} min in all");
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumns("#", "Check", "Runs", "Failed", "Median s", "Max s");
        foreach (var (check, number) in manifest.Checks.Select((c, i) => (c, i + 1)))
        {
            var runs = stats[check.Test];
            var seconds = runs.Select(r => r.Seconds).Order().ToArray();
            table.AddRow(
                number.ToString(CultureInfo.InvariantCulture), Markup.Escape(Short(check.Test)),
                runs.Count.ToString(CultureInfo.InvariantCulture), runs.Count(r => !r.Passed).ToString(CultureInfo.InvariantCulture),
                Median(seconds), seconds.Length == 0 ? "-" : seconds[^1].ToString("0.00", CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(table);
        var failures = stats.Values.Sum(s => s.Count(r => !r.Passed)) + broken;
        var perRun = runSeconds.Order().ToArray();
        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture,
            $"False positives: [bold]{failures}[/] in {runSeconds.Count} runs. Time per run (test host start to end): median {Median(perRun)} s, max {(perRun.Length == 0 ? "-" : perRun[^1].ToString("0.0", CultureInfo.InvariantCulture))} s; {clock.Elapsed.TotalMinutes:0.0} min in all.");
        return failures == 0 ? 0 : 1;
    }

    // One fresh test host, the way the grader runs the checks; Ctrl+C cancels it, and the runner kills its whole tree.
    private static IReadOnlyList<TestOutcome> RunOnce(string kata, CancellationToken cancellationToken, out double seconds)
    {
        var run = KataTestRunner.RunAsync(Solution(kata) with { NoBuild = true, Timeout = TimeSpan.FromMinutes(5) }, cancellationToken).GetAwaiter().GetResult();
        cancellationToken.ThrowIfCancellationRequested();
        seconds = run.Process.Elapsed.TotalSeconds;
        return run.Tests;
    }

    private static KataTestRequest Solution(string kata) => new(kata) { Solution = true };

    private static string Short(string test) => test[(test.LastIndexOf('.') + 1)..];

    private static string Median(double[] sorted) =>
        sorted.Length == 0 ? "-" : sorted[sorted.Length / 2].ToString("0.00", CultureInfo.InvariantCulture);
}
