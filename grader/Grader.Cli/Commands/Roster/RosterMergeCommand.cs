using System.ComponentModel;
using KitchenKatas.Grader.Grading;
using KitchenKatas.Grader.Roster;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KitchenKatas.Grader.Cli.Commands.Roster;

/// <summary>Adds the parts of a class graded on several machines (<c>grade --submissions DIR --shard K/N</c>) up into one roster.</summary>
internal sealed class RosterMergeCommand(IAnsiConsole console) : AsyncCommand<RosterMergeCommand.Settings>
{
    /// <summary>Options of <c>kitchen roster merge</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<SHARD-DIRS>")]
        [Description("The roster folders of the parts, one per part (each written by grade --shard K/N).")]
        public string[] Shards { get; init; } = [];

        [CommandOption("-o|--output <DIR>")]
        [Description("Where the class roster goes: every student's report, roster.csv and roster.json.")]
        [DefaultValue("roster")]
        public string Output { get; init; } = "roster";

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Shards.Length == 0 ? ValidationResult.Error("Name the roster folder of every part.") : ValidationResult.Success();
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        try
        {
            var roster = await RosterMerge.MergeAsync(settings.Shards, settings.Output, cancellationToken).ConfigureAwait(false);
            console.MarkupLine($"{roster.Count} students from {settings.Shards.Length} parts: roster written to {Markup.Escape(Path.GetFullPath(settings.Output))} (roster.csv, roster.json, one report per student).");
            return 0;
        }
        catch (RosterMergeException refused)
        {
            console.MarkupLine($"[red]Not merged:[/] {Markup.Escape(refused.Message)}");
            return KitchenApp.UsageOrInternalError;
        }
    }
}
