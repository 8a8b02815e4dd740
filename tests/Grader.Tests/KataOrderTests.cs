using System.Reflection;
using KitchenKatas.Grader.Grading;
using KitchenKatas.Grader.Katas;
using NUnit.Framework.Api;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;
using NUnit.Framework.Internal.Execution;

namespace KitchenKatas.Grader.Tests;

/// <summary>
/// A kata's checks run in the kata's order, check 1 first, as kata.json and the kata's README number them. The order is
/// NUnit's own: the kata's checks are built, and NUnit's work items (the ones <c>dotnet test</c>, an editor's test
/// explorer and the grader all run) are laid out for them, without running a check.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class KataOrderTests
{
    private static readonly string Repo = KataLocator.FindRepoRoot(AppContext.BaseDirectory)!;

    private static readonly string[] Katas = ["01-racy-cart", "02-thread-pool", "03-crash-isolation"];

    [TestCaseSource(nameof(Katas))]
    public async Task The_checks_run_in_the_order_kata_json_numbers_them(string folder)
    {
        var kataDir = Path.Combine(Repo, "katas", folder);
        var manifest = KataManifest.Load(Path.Combine(kataDir, "kata.json"));

        // A build folder of its own, so a kata's other tests building at the same time never write the same files.
        var build = await KataTestRunner.BuildAsync(new KataTestRequest(kataDir) { BuildSlot = "kata-order" });
        Assert.That(build.ExitCode, Is.Zero, build.StandardOutput);

        Assert.That(RunOrder(KataCommands.SlotOutput(kataDir, "kata-order")), Is.EqualTo(manifest.Checks.Select(c => c.Test).ToArray()));
    }

    // The full names of the checks in the order NUnit runs them.
    private static IReadOnlyList<string> RunOrder(string binFolder)
    {
        var dll = Directory.GetFiles(binFolder, "Kitchen.*.Checks.dll", SearchOption.AllDirectories)
            .Single(f => !f.Contains($"{Path.DirectorySeparatorChar}ref{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var tree = new DefaultTestAssemblyBuilder().Build(Assembly.LoadFrom(dll), new Dictionary<string, object>());
        var work = WorkItemBuilder.CreateWorkItem(tree, TestFilter.Empty, recursive: true);
        return work is null ? [] : Leaves(work).ToArray();
    }

    private static IEnumerable<string> Leaves(WorkItem work) =>
        work is CompositeWorkItem suite ? suite.Children.SelectMany(Leaves) : [work.Test.FullName];

}
