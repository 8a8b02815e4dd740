using System.ComponentModel;
using System.Globalization;
using KitchenKatas.Grader.Katas;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KitchenKatas.Grader.Bench.Commands;

/// <summary>
/// Kata 2's false-positive proof: builds the checks against the reference solution once, into a build slot of its own,
/// then runs the chosen checks again and again, a fresh test host each run (<see cref="RepeatedChecks"/>), and prints
/// per check how often it failed and how long it took. A correct solution must never fail. With --source, the same for
/// any folder of learner files: a wrong fix's failures are its detection rate.
/// </summary>
internal sealed class ThreadPoolCommand : AsyncCommand<ThreadPoolCommand.Settings>
{
    // The bench's own build of the checks: --no-build runs it again, whatever else built the kata since.
    private const string Slot = "bench-thread-pool";

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
        [Description("Run the checks as this bench last built them (in a build slot of its own) instead of building them.")]
        public bool NoBuild { get; init; }

        [CommandOption("--source <DIR>")]
        [Description("Build the checks against this folder of learner files (a wrong fix, say) instead of the reference solution; failures are then detections.")]
        public string? Source { get; init; }
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var kata = Path.Combine(RepoLocator.Root(), "katas", "02-thread-pool");
        var manifest = KataManifest.Load(Path.Combine(kata, "kata.json"));
        var source = settings.Source is null ? null : Path.GetFullPath(settings.Source);
        KataTestRequest checks;
        try
        {
            AnsiConsole.MarkupLine(settings.NoBuild ? "Using the checks this bench built last..." : $"Building the checks against {Markup.Escape(source ?? "the reference solution")}...");
            checks = settings.NoBuild
                ? RepeatedChecks.LastBuild(kata, Slot)
                : await RepeatedChecks.BuildAsync(kata, source ?? Path.Combine(RepoLocator.Root(), "solutions", "02-thread-pool"), Slot, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException e)
        {
            AnsiConsole.WriteLine(e.Message);
            return 2;
        }

        var chosen = manifest.Checks.Select((c, i) => (Number: i + 1, c.Test))
            .Where(c => settings.Checks.Length == 0 || settings.Checks.Contains(c.Number)).ToArray();
        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture,
            $"[bold]Kata 2 thread pool[/], {Markup.Escape(source ?? "reference solution")}: {settings.Runs} runs of {chosen.Length} check(s) on {Environment.ProcessorCount} core(s), a fresh test host each run.");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var tallies = await RepeatedChecks.RunAsync(checks, chosen.Select(c => c.Test).ToArray(), settings.Runs, (run, sofar) =>
        {
            foreach (var (tally, (number, _)) in sofar.Zip(chosen).Where(t => t.First.Runs[^1] is { Passed: false }))
            {
                AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, $"[red]Run {run}, check {number} failed:[/] {Markup.Escape(tally.Runs[^1].Message ?? "")}");
            }

            if (run % 10 == 0 || run == settings.Runs)
            {
                AnsiConsole.MarkupLine(CultureInfo.InvariantCulture,
                    $"  {run} run(s) in {clock.Elapsed.TotalMinutes:0.0} min, {sofar.Sum(t => t.Failed)} failure(s) so far");
            }
        }, cancellationToken).ConfigureAwait(false);

        var table = new Table().Border(TableBorder.Rounded).AddColumns("#", "Check", "Runs", "Failed", "Median s", "Max s");
        foreach (var (tally, (number, test)) in tallies.Zip(chosen))
        {
            table.AddRow(
                number.ToString(CultureInfo.InvariantCulture), Markup.Escape(test[(test.LastIndexOf('.') + 1)..]),
                tally.Runs.Count.ToString(CultureInfo.InvariantCulture),
                tally.Failed.ToString(CultureInfo.InvariantCulture) + (tally.NotJudged == 0 ? "" : $" ({tally.NotJudged} not judged)"),
                tally.Runs.Count == 0 ? "-" : tally.Median.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture),
                tally.Runs.Count == 0 ? "-" : tally.Slowest.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(table);
        var failures = tallies.Sum(t => t.Failed);
        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, $"False positives: [bold]{failures}[/] in {tallies.Sum(t => t.Runs.Count)} check runs, {clock.Elapsed.TotalMinutes:0.0} min.");
        return failures == 0 ? 0 : 1;
    }
}
