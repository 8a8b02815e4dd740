using KitchenKatas.Grader.Katas;

namespace KitchenKatas.RacyCart.Tests;

/// <summary>Finds folders of this repository from wherever the tests run.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Kata => Path.Combine(Root, "katas", "01-racy-cart");

    public static string Solution => Path.Combine(Root, "solutions", "01-racy-cart");

    public static string WrongFix(string name) => Path.Combine(Root, "tests", "RacyCart.Tests", "WrongFixes", name);

    private static string FindRoot() =>
        KataLocator.FindRepoRoot(AppContext.BaseDirectory)
            ?? throw new DirectoryNotFoundException("KitchenKatas.slnx was not found above " + AppContext.BaseDirectory);
}
