using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Grader.Bench;

/// <summary>Finds the repository root from the current folder or, failing that, from the program's own.</summary>
internal static class RepoLocator
{
    public static string Root() =>
        KataLocator.FindRepoRoot(Environment.CurrentDirectory)
            ?? KataLocator.FindRepoRoot(AppContext.BaseDirectory)
            ?? throw new DirectoryNotFoundException("Run kitchen-bench from inside the Kitchen Katas repository.");
}
