namespace KitchenKatas.Grader.Bench;

/// <summary>Finds the repository root (the folder with KitchenKatas.slnx) from the current folder or the program's.</summary>
internal static class RepoLocator
{
    public static string Root()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "KitchenKatas.slnx")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("Run kitchen-bench from inside the Kitchen Katas repository.");
    }
}
