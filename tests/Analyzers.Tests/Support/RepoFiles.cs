using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Analyzers.Tests.Support;

/// <summary>Finds the repository's files: the root is the folder that holds KitchenKatas.slnx.</summary>
internal static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    private static string FindRoot() =>
        KataLocator.FindRepoRoot(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException($"No KitchenKatas.slnx above {AppContext.BaseDirectory}.");
}
