using System.ComponentModel;
using KitchenKatas.Grader.Grading;
using KitchenKatas.Grader.Katas;
using Spectre.Console.Cli;

namespace KitchenKatas.Grader.Cli.Commands.Kata;

/// <summary>Options shared by the learner's companion commands.</summary>
internal class KataSettings : CommandSettings
{
    [CommandOption("--repo <DIR>")]
    [Description("The Kitchen Katas repository (found from the current folder when absent).")]
    public string? Repo { get; init; }

    public string? ResolveRepo() => Repo ?? KataLocator.FindRepoRoot(Environment.CurrentDirectory);
}

/// <summary>Options of a companion command about one kata.</summary>
internal class OneKataSettings : KataSettings
{
    [CommandArgument(0, "[ID]")]
    [Description("The kata's id (e.g. racy-cart) or folder (e.g. 01-racy-cart); the current kata when absent.")]
    public string? Id { get; init; }
}
