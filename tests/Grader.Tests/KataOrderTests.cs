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
    public async Task The_checks_run_in_the_order_kata_json_numbers_them_and_show_by_number_and_title(string folder)
    {
        var kataDir = Path.Combine(Repo, "katas", folder);
        var manifest = KataManifest.Load(Path.Combine(kataDir, "kata.json"));

        // A build folder of its own, so a kata's other tests building at the same time never write the same files.
        var build = await KataTestRunner.BuildAsync(new KataTestRequest(kataDir) { BuildSlot = "kata-order" });
        Assert.That(build.ExitCode, Is.Zero, build.StandardOutput);

        var checks = RunOrder(KataCommands.SlotOutput(kataDir, "kata-order"));
        var shown = manifest.Checks.Select((c, i) => $"{i + 1:00} {c.Title}").ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(checks.Select(c => c.FullName), Is.EqualTo(manifest.Checks.Select(c => c.Test).ToArray()), "the grader and its filters go by the method's full name");

            // What dotnet test and an editor's test explorer show; sorted by name, as explorers list them, it is the kata's order.
            Assert.That(checks.Select(c => c.Name), Is.EqualTo(shown));
            Assert.That(shown.Order(StringComparer.Ordinal), Is.EqualTo(shown));
        });
    }

    // The checks in the order NUnit runs them: the full name (the method's), and the name shown.
    private static IReadOnlyList<(string FullName, string Name)> RunOrder(string binFolder)
    {
        var dll = Directory.GetFiles(binFolder, "Kitchen.*.Checks.dll", SearchOption.AllDirectories)
            .Single(f => !f.Contains($"{Path.DirectorySeparatorChar}ref{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var tree = new DefaultTestAssemblyBuilder().Build(Assembly.LoadFrom(dll), new Dictionary<string, object>());
        var work = WorkItemBuilder.CreateWorkItem(tree, TestFilter.Empty, recursive: true);
        return work is null ? [] : Leaves(work).ToArray();
    }

    private static IEnumerable<(string FullName, string Name)> Leaves(WorkItem work) =>
        work is CompositeWorkItem suite ? suite.Children.SelectMany(Leaves) : [(work.Test.FullName, work.Test.Name)];

}
