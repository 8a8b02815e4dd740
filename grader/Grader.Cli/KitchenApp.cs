using KitchenKatas.Grader.Cli.Commands.Dev;
using KitchenKatas.Grader.Cli.Commands.Doctor;
using KitchenKatas.Grader.Cli.Commands.Explore;
using KitchenKatas.Grader.Cli.Commands.Grade;
using KitchenKatas.Grader.Cli.Commands.Kata;
using KitchenKatas.Grader.Cli.Commands.Roster;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KitchenKatas.Grader.Cli;

/// <summary>Registers the commands; nothing else. Tests call <see cref="RunAsync"/> with their own console.</summary>
internal static class KitchenApp
{
    /// <summary>Exit code for a usage error or an internal error of the grader.</summary>
    public const int UsageOrInternalError = 2;

    public static async Task<int> RunAsync(string[] args, IAnsiConsole console, CancellationToken cancellationToken = default)
    {
        var registrar = new ConsoleRegistrar(console);
        var app = new CommandApp(registrar);
        app.Configure(config =>
        {
            config.SetApplicationName("kitchen");
            // A misspelt option is an error, never silently ignored.
            config.UseStrictParsing();
            config.ConfigureConsole(console);
            if (DryRun.Requested)
            {
                DryRun.Configure(config);
            }

            config.AddCommand<GradeCommand>("grade")
                .WithDescription("Grade katas: run their checks and report the score.")
                .WithExample("grade")
                .WithExample("grade", "--kata", "racy-cart", "--submission", "../alice", "--format", "json", "--output", "grade.json")
                .WithExample("grade", "--format", "markdown", "--output", "summary.md", "--format", "github")
                .WithExample("grade", "--submissions", "class", "--shard", "1/4", "--roster", "part-1");
            config.AddBranch("roster", roster =>
            {
                roster.SetDescription("Class rosters graded in parts on several machines.");
                roster.AddCommand<RosterMergeCommand>("merge")
                    .WithDescription("Add the parts of a class (grade --submissions DIR --shard K/N) up into one roster; refuses overlaps and missing students, and resumes.")
                    .WithExample("roster", "merge", "part-1", "part-2", "--output", "roster");
            });
            config.AddCommand<DoctorCommand>("doctor")
                .WithDescription("What this machine supports, and which checks it cannot judge. Run it when a check acts oddly.")
                .WithExample("doctor");
            config.AddCommand<ExploreCommand>("explore")
                .WithDescription("Explore the schedules of scenarios written with the scenario builder against any C# code: verdict, coverage, interleaving.")
                .WithExample("explore", "--source", "Kitchen.cs", "--scenarios", "KitchenScenarios.cs")
                .WithExample("explore", "--source", "Kitchen.cs", "--scenarios", "KitchenScenarios.cs", "--format", "json", "--replay", "BrokenKitchen:2-1");
            config.AddBranch("kata", kata =>
            {
                kata.SetDescription("Your companion while you work on the katas.");
                kata.AddCommand<KataListCommand>("list").WithDescription("Every kata: not started, failing or passing, with the last score.");
                kata.AddCommand<KataCheckCommand>("check").WithDescription("Run the checks of a kata (the one you are in, or the first not passing).");
                kata.AddCommand<KataHintCommand>("hint").WithDescription("Show the next hint of a kata, one layer at a time.");
                kata.AddCommand<KataWatchCommand>("watch").WithDescription("Check again every time you save a file of the kata.");
                kata.AddCommand<KataResetCommand>("reset").WithDescription("Put a kata's files back as they started (asks first).");
            });
            config.AddBranch("dev", dev =>
            {
                dev.SetDescription("For kata authors: is the grader as strong as it claims?");
                dev.AddCommand<DevCheckCommand>("check")
                    .WithDescription("Self-check: layouts, starters fail, solutions pass, detection rates on the starter. Exit code 0 only when all hold.")
                    .WithExample("dev", "check")
                    .WithExample("dev", "check", "--kata", "racy-cart", "--runs", "50")
                    .WithExample("dev", "check", "--layout-only");
                dev.AddCommand<DevMutantsCommand>("mutants")
                    .WithDescription("Plant race mutants in each reference solution and report which the checks kill.")
                    .WithExample("dev", "mutants", "--kata", "racy-cart");
                dev.AddCommand<DevNewKataCommand>("new-kata")
                    .WithDescription("Write a new kata (folder, solution, Stryker project, tests) that the self-check accepts as it is.")
                    .WithExample("dev", "new-kata", "04-soup-tally", "--title", "The soup tally");
            });
        });

        try
        {
            var code = await app.RunAsync(args, cancellationToken).ConfigureAwait(false);
            return code < 0 ? UsageOrInternalError : code;
        }
        catch (DryRun.StopException stop)
        {
            console.WriteLine(stop.Message);
            return stop.ExitCode;
        }
        catch (Exception e) when (DryRun.Requested && e is not OperationCanceledException)
        {
            console.WriteLine($"dry run: the command line does not hold: {e.Message}");
            return UsageOrInternalError;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            console.MarkupLine("[yellow]Stopped.[/] Every check that was running was stopped with all it started.");
            return UsageOrInternalError;
        }
#pragma warning disable CA1031 // the grader must always answer with an exit code, whatever went wrong inside it
        catch (Exception e)
#pragma warning restore CA1031
        {
            console.MarkupLine($"[red]The grader itself failed:[/] {Markup.Escape(e.Message)}");
            return UsageOrInternalError;
        }
    }
}
