using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Mutation.Tests;

/// <summary>Finds folders of this repository from wherever the tests run.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = KataLocator.FindRepoRoot(AppContext.BaseDirectory)
        ?? throw new DirectoryNotFoundException("KitchenKatas.slnx was not found above " + AppContext.BaseDirectory);

    /// <summary>The kata whose kata.json has the id <paramref name="id"/>.</summary>
    public static KataInfo Kata(string id) => KataLocator.FindAll(Root).Single(k => k.Manifest.Id == id);

    public static string Golden => Path.Combine(Root, "tests", "Mutation.Tests", "Fixtures", "Golden");
}
