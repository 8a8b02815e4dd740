using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Explorer.Tests;

/// <summary>Where the repository's katas, solutions and this project's fixtures are, found from the test assembly.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string RacyCartKata => Path.Combine(Root, "katas", "01-racy-cart");

    public static string RacyCartSolution => Path.Combine(Root, "solutions", "01-racy-cart");

    public static string WrongFix(string name) => Path.Combine(Root, "tests", "RacyCart.Tests", "WrongFixes", name);

    public static string CorrectVariant(string name) => Path.Combine(Root, "tests", "Explorer.Tests", "CorrectVariants", name);

    public static string Fixture(string name) => Path.Combine(Root, "tests", "Explorer.Tests", "Fixtures", name);

    private static string FindRoot() =>
        KataLocator.FindRepoRoot(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException("The repository root (with KitchenKatas.slnx) was not found above the test assembly.");
}
