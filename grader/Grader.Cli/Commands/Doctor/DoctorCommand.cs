using System.ComponentModel;
using KitchenKatas.Grader.Grading;
using KitchenKatas.Grader.Isolation;
using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.Platforms;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KitchenKatas.Grader.Cli.Commands.Doctor;

/// <summary>
/// <c>kitchen doctor</c>: what this machine gives the grader (system, cores, pinning, thread clock, process tree,
/// hang reports, SDK) and which checks would be "not judged on this machine" here. The first thing to run when a
/// check behaves oddly on a learner's laptop.
/// </summary>
internal sealed class DoctorCommand(IAnsiConsole console) : AsyncCommand<DoctorCommand.Settings>
{
    /// <summary>Options of <c>kitchen doctor</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--repo <DIR>")]
        [Description("The Kitchen Katas repository whose checks to look at (found from the current folder when absent).")]
        public string? Repo { get; init; }
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var root = settings.Repo is null ? KataLocator.FindRepoRoot(Environment.CurrentDirectory) : Path.GetFullPath(settings.Repo);
        var katas = root is not null && Directory.Exists(Path.Combine(root, "katas")) ? KataLocator.FindAll(root) : [];
        var sdk = await SdkVersionAsync(root, cancellationToken).ConfigureAwait(false);
        Print(console, MachineSurvey.Take(Platform.Current, katas, sdk), katas.Count);
        return 0;
    }

    /// <summary>Prints <paramref name="survey"/>: one row per piece, then the checks not judged here.</summary>
    internal static void Print(IAnsiConsole console, MachineSurvey survey, int katas)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns("", "What", "This machine");
        foreach (var fact in survey.Facts)
        {
            table.AddRow(fact.Works ? "[green]ok[/]" : "[yellow]--[/]", Markup.Escape(fact.Name), Markup.Escape(fact.Value));
        }

        console.Write(table);
        if (katas == 0)
        {
            console.MarkupLine("[yellow]No katas found here[/], so no check was looked at. Run from inside the repository, or pass --repo.");
        }
        else if (survey.NotJudged.Count == 0)
        {
            console.MarkupLine("[green]Every check can be judged on this machine.[/]");
        }
        else
        {
            console.MarkupLine($"[yellow]{survey.NotJudged.Count} check(s) will say \"not judged on this machine\" here[/] (skipped with the reason, never passed):");
            foreach (var check in survey.NotJudged)
            {
                console.MarkupLine($"  {Markup.Escape(check.Kata)}: {Markup.Escape(check.Check)}. {Markup.Escape(check.Reason)}.");
            }
        }

        console.MarkupLine("Each system in depth: [bold]docs/platforms.md[/].");
    }

    // The SDK that global.json picks in the repository, as `dotnet --version` run there says.
    private static async Task<string?> SdkVersionAsync(string? root, CancellationToken cancellationToken)
    {
        var request = new ChildProcessRequest(DotnetHost.Path, ["--version"])
        {
            WorkingDirectory = root ?? Environment.CurrentDirectory,
            Timeout = TimeSpan.FromSeconds(60),
            CaptureStacksOnTimeout = false,
            Environment = DotnetHost.QuietEnvironment(),
        };
        try
        {
            var result = await ChildProcessRunner.RunAsync(request, cancellationToken).ConfigureAwait(false);
            return result.Verdict.Failed ? null : result.StandardOutput.Trim();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // no dotnet to start
        }
    }
}
