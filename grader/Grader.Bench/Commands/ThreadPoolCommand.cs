using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using KitchenKatas.Grader.Katas;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KitchenKatas.Grader.Bench.Commands;

/// <summary>
/// Kata 2's false-positive proof: builds the checks against the reference solution once, then runs the chosen
/// checks again and again in this process, and prints per check how often it failed and how long it took.
/// A correct solution must never fail. With --source, the same for any folder of learner files: a wrong fix's
/// failures are its detection rate.
/// </summary>
internal sealed class ThreadPoolCommand : Command<ThreadPoolCommand.Settings>
{
    /// <summary>Options of the thread-pool benchmark.</summary>
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--runs <N>")]
        [Description("Runs of each chosen check.")]
        [DefaultValue(200)]
        public int Runs { get; init; } = 200;

        [CommandOption("--check <N>")]
        [Description("Only these checks, by number (repeatable); all of them by default.")]
        public int[] Checks { get; init; } = [];

        [CommandOption("--no-build")]
        [Description("Use the checks already built instead of building them.")]
        public bool NoBuild { get; init; }

        [CommandOption("--source <DIR>")]
        [Description("Build the checks against this folder of learner files (a wrong fix, say) instead of the reference solution; failures are then detections.")]
        public string? Source { get; init; }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var kata = Path.Combine(RepoLocator.Root(), "katas", "02-thread-pool");
        var manifest = KataManifest.Load(Path.Combine(kata, "kata.json"));
        var source = settings.Source is null ? null : Path.GetFullPath(settings.Source) + Path.DirectorySeparatorChar;
        CheckAssembly checks;
        try
        {
            AnsiConsole.MarkupLine(settings.NoBuild ? "Using the checks already built..." : $"Building the checks against {Markup.Escape(source ?? "the reference solution")}...");
            checks = settings.NoBuild
                ? CheckAssembly.LoadSnapshot(CheckBuild.AssemblyPath(kata))
                : CheckBuild.BuildAsync(kata, source ?? Path.Combine(RepoLocator.Root(), "solutions", "02-thread-pool"), cancellationToken).GetAwaiter().GetResult();
        }
        catch (InvalidOperationException e)
        {
            AnsiConsole.WriteLine(e.Message);
            return 2;
        }

        using var loaded = checks;
        if (settings.NoBuild && source is null && !checks.IsSolutionBuild)
        {
            AnsiConsole.MarkupLine("[red]The checks were not built against the reference solution.[/] Run without --no-build.");
            return 2;
        }

        var chosen = manifest.Checks.Select((c, i) => (Number: i + 1, c.Test))
            .Where(c => settings.Checks.Length == 0 || settings.Checks.Contains(c.Number)).ToArray();
        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture,
            $"[bold]Kata 2 thread pool[/], {Markup.Escape(source ?? "reference solution")}: {settings.Runs} runs of {chosen.Length} check(s) on {Environment.ProcessorCount} core(s), in one process.");
        var stats = chosen.ToDictionary(c => c.Number, _ => new List<(bool Passed, double Seconds, string? Message)>());
        var clock = Stopwatch.StartNew();
        for (var run = 1; run <= settings.Runs && !cancellationToken.IsCancellationRequested; run++)
        {
            foreach (var (number, test) in chosen)
            {
                var started = Stopwatch.GetTimestamp();
                var failure = checks.Run(test);
                stats[number].Add((failure is null, Stopwatch.GetElapsedTime(started).TotalSeconds, failure));
                if (failure is not null)
                {
                    AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, $"[red]Run {run}, check {number} failed:[/] {Markup.Escape(failure)}");
                }
            }

            if (run % 10 == 0 || run == settings.Runs)
            {
                AnsiConsole.MarkupLine(CultureInfo.InvariantCulture,
                    $"  {run} run(s) in {clock.Elapsed.TotalMinutes:0.0} min, {stats.Values.Sum(s => s.Count(r => !r.Passed))} failure(s) so far");
            }
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumns("#", "Check", "Runs", "Failed", "Median s", "Max s");
        foreach (var (number, test) in chosen)
        {
            var runs = stats[number];
            var seconds = runs.Select(r => r.Seconds).Order().ToArray();
            table.AddRow(
                number.ToString(CultureInfo.InvariantCulture), Markup.Escape(test[(test.LastIndexOf('.') + 1)..]),
                runs.Count.ToString(CultureInfo.InvariantCulture), runs.Count(r => !r.Passed).ToString(CultureInfo.InvariantCulture),
                seconds.Length == 0 ? "-" : seconds[seconds.Length / 2].ToString("0.00", CultureInfo.InvariantCulture),
                seconds.Length == 0 ? "-" : seconds[^1].ToString("0.00", CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(table);
        var failures = stats.Values.Sum(s => s.Count(r => !r.Passed));
        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, $"False positives: [bold]{failures}[/] in {stats.Values.Sum(s => s.Count)} check runs, {clock.Elapsed.TotalMinutes:0.0} min.");
        return failures == 0 ? 0 : 1;
    }
}
