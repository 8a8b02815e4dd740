using System.ComponentModel;
using System.Reflection;
using KitchenKatas.Grader.Building;
using KitchenKatas.Grader.Exploration;
using KitchenKatas.Grader.Stress;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KitchenKatas.Grader.Cli.Commands.Explore;

/// <summary>
/// <c>kitchen explore --source FILE... --scenarios FILE...</c>: builds learner-like code with a scenario file written
/// with the grader's scenario builder, explores every scenario in it, and prints the verdict, the coverage and the
/// interleaving. How a teacher tries a new race kata, and how the explorer is tried from outside.
/// </summary>
internal sealed class ExploreCommand(IAnsiConsole console) : Command<ExploreCommand.Settings>
{
    /// <summary>Exit code when a scenario failed.</summary>
    public const int ScenarioFailed = 1;

    /// <summary>Options of <c>kitchen explore</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--source <FILE>")]
        [Description("A C# file of the code to explore, as a learner would write it (repeatable). Built as a Debug build.")]
        public string[] Sources { get; init; } = [];

        [CommandOption("--scenarios <FILE>")]
        [Description("A C# file declaring scenarios with Scenario.For(...) as public static properties (repeatable).")]
        public string[] Scenarios { get; init; } = [];

        [CommandOption("-f|--format <FORMAT>")]
        [Description("text (default) or json.")]
        [DefaultValue("text")]
        public string Format { get; init; } = "text";

        [CommandOption("--replay <TOKEN>")]
        [Description("Run only the schedule of this replay token (printed with every failure), in the scenario it names.")]
        public string? Replay { get; init; }

        [CommandOption("--max-schedules <N>")]
        [Description("Most schedules per scenario.")]
        [DefaultValue(4000)]
        public int MaxSchedules { get; init; } = 4000;

        public override ValidationResult Validate()
        {
            if (Sources.Length == 0 || Scenarios.Length == 0)
            {
                return ValidationResult.Error("Give at least one --source and one --scenarios file.");
            }

            return Format is "text" or "json" ? ValidationResult.Success() : ValidationResult.Error($"Unknown format '{Format}': use text or json.");
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var sources = settings.Sources.Select(Path.GetFullPath).ToArray();
        var scenarioFiles = settings.Scenarios.Select(Path.GetFullPath).ToArray();
        if (sources.Concat(scenarioFiles).FirstOrDefault(f => !File.Exists(f)) is { } missing)
        {
            console.MarkupLine($"[red]No such file:[/] {Markup.Escape(missing)}");
            return KitchenApp.UsageOrInternalError;
        }

        InMemoryBuild build;
        try
        {
            build = InMemoryBuild.Compile(sources.Concat(scenarioFiles), null, null, debug: true);
        }
        catch (BuildFailedException e)
        {
            console.MarkupLine("[red]The code does not compile:[/]");
            foreach (var error in e.Errors)
            {
                console.WriteLine("  " + error);
            }

            return KitchenApp.UsageOrInternalError;
        }

        using (build)
        {
            var found = Declared(build.Assembly, scenarioFiles);
            if (found.Count == 0)
            {
                console.MarkupLine("[red]No scenario found:[/] declare each as a public static property built with Scenario.For(...).");
                return KitchenApp.UsageOrInternalError;
            }

            var options = new ExplorerOptions { MaxSchedules = settings.MaxSchedules, Replay = settings.Replay };
            var replayed = ReplayToken.TryParse(settings.Replay, out var token) ? token!.Scenario : null;
            var results = found
                .Where(s => replayed is null || s.DeclaringMember == replayed)
                .Select(s => new ExploredScenario(s.DeclaringMember, s.Title, ExplorationBuild.Explore(s, sources, options)))
                .ToArray();
            if (results.Length == 0)
            {
                console.MarkupLine($"[red]The replay token names no scenario of these files:[/] {Markup.Escape(settings.Replay ?? "")}");
                return KitchenApp.UsageOrInternalError;
            }

            console.Profile.Width = int.MaxValue; // a table or a JSON document: its lines are laid out already, never wrapped
            if (settings.Format == "json")
            {
                console.WriteLine(ExploreReport.Json(results));
            }
            else
            {
                ExploreReport.Text(console, results);
            }

            return results.Any(r => r.Result.Verdict == ExplorationVerdict.FailureFound) ? ScenarioFailed : 0;
        }
    }

    // Scenarios are the public static properties (or parameterless methods) of the scenario files' types.
    private static List<IStressScenario> Declared(Assembly assembly, IReadOnlyCollection<string> scenarioFiles)
    {
        const BindingFlags Static = BindingFlags.Public | BindingFlags.Static;
        var scenarios = new List<IStressScenario>();
        foreach (var type in assembly.GetTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var members = type.GetProperties(Static).Where(p => typeof(IStressScenario).IsAssignableFrom(p.PropertyType)).Select(p => p.GetValue(null))
                .Concat(type.GetMethods(Static).Where(m => m.GetParameters().Length == 0 && !m.IsSpecialName && typeof(IStressScenario).IsAssignableFrom(m.ReturnType)).Select(m => m.Invoke(null, null)));
            scenarios.AddRange(members.OfType<IStressScenario>().Where(s => scenarioFiles.Contains(Path.GetFullPath(s.DeclaringFile))));
        }

        return scenarios;
    }
}

/// <summary>One scenario explored: its member name, title and the explorer's result.</summary>
internal sealed record ExploredScenario(string Member, string Title, ExplorationResult Result);
