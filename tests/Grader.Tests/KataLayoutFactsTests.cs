using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.SelfCheck;

namespace KitchenKatas.Grader.Tests;

/// <summary>The self-check's layout facts, on a temporary copy of kata 1 and its solution: the repository is never touched.</summary>
[TestFixture]
public sealed class KataLayoutFactsTests
{
    private static readonly string Repo = KataLocator.FindRepoRoot(AppContext.BaseDirectory)!;

    private string _copy = "";

    [SetUp]
    public void CopyKataOne()
    {
        _copy = Directory.CreateTempSubdirectory("layout-").FullName;
        File.Copy(Path.Combine(Repo, "KitchenKatas.slnx"), Path.Combine(_copy, "KitchenKatas.slnx"));
        CopyTree(Path.Combine(Repo, "katas", "01-racy-cart"), Path.Combine(_copy, "katas", "01-racy-cart"));
        CopyTree(Path.Combine(Repo, "solutions", "01-racy-cart"), Path.Combine(_copy, "solutions", "01-racy-cart"));
    }

    [TearDown]
    public void DeleteCopy() => Directory.Delete(_copy, recursive: true);

    private string Kata => Path.Combine(_copy, "katas", "01-racy-cart");

    [Test]
    public void The_copy_of_kata_one_holds_every_layout_fact() =>
        Assert.That(KataLayoutFacts.Check(_copy).Where(f => !f.Holds).Select(f => $"{f.Fact}: {f.Detail}"), Is.Empty);

    [Test]
    public void A_readme_that_names_a_wrong_file_breaks_the_file_list_fact()
    {
        Rewrite(Path.Combine(Kata, "README.md"), "**`Cart.cs`**", "**`Basket.cs`**");
        var broken = Broken();
        Assert.That(broken.Select(f => f.Fact), Is.EqualTo(new[] { "README's file list matches kata.json's learnerFiles" }));
        Assert.That(broken[0].Detail, Is.EqualTo("README: Basket.cs; kata.json: Cart.cs"));
    }

    [Test]
    public void A_readme_that_leaves_a_check_out_breaks_the_every_check_fact()
    {
        Rewrite(Path.Combine(Kata, "README.md"), "| task 5 | Counting an item while chefs add or take gives only true counts |\n", "");
        var broken = Broken();
        Assert.That(broken.Select(f => $"{f.Fact}: {f.Detail}"), Does.Contain("README names every check: not named: check 7, \"Counting an item while chefs add or take gives only true counts\""));
    }

    [Test]
    public void An_empty_hint_breaks_the_hints_fact()
    {
        var readme = Path.Combine(Kata, "README.md");
        var text = File.ReadAllText(readme);
        var second = text.IndexOf("### Hint 2", StringComparison.Ordinal);
        var third = text.IndexOf("### Hint 3", StringComparison.Ordinal);
        File.WriteAllText(readme, text[..(second + "### Hint 2".Length)] + "\n\n" + text[third..]);
        Assert.That(Broken().Select(f => f.Fact), Is.EqualTo(new[] { "Hints come in layers and none is empty" }));
    }

    [Test]
    public void An_extra_file_in_the_solution_breaks_the_mirror_fact()
    {
        File.WriteAllText(Path.Combine(_copy, "solutions", "01-racy-cart", "Notes.txt"), "scratch");
        Assert.That(Broken().Select(f => f.Detail), Is.EqualTo(new[] { "solutions/01-racy-cart/Notes.txt is not a learner file" }));
    }

    [Test]
    public void The_race_mutants_equivalent_list_may_sit_beside_the_solution()
    {
        File.WriteAllText(Path.Combine(_copy, "solutions", "01-racy-cart", "equivalent-mutants.json"), "[]");
        Assert.That(Broken(), Is.Empty);
    }

    [Test]
    public void A_stray_source_file_in_the_kata_folder_breaks_the_stray_files_fact()
    {
        File.WriteAllText(Path.Combine(Kata, "Scratch.cs"), "// not a learner file");
        Assert.That(Broken().Select(f => f.Detail), Is.EqualTo(new[] { "katas/01-racy-cart/Scratch.cs" }));
    }

    [Test]
    public void A_readme_task_kata_json_does_not_trace_breaks_the_rule_map_fact()
    {
        Rewrite(Path.Combine(Kata, "README.md"), "7. bad arguments are still refused, with an exception that names the argument.\n",
            "7. bad arguments are still refused, with an exception that names the argument;\n8. the cart is tidied at closing time.\n");
        var broken = Broken();
        Assert.That(broken.Select(f => f.Fact), Is.EqualTo(new[] { "Every task and rule of the README is traced to what checks it" }));
        Assert.That(broken[0].Detail, Is.EqualTo("the README's task 8 has no entry in \"rules\""));
        Assert.That(broken[0].Fix, Does.Contain("katas/01-racy-cart/kata.json"));
    }

    [Test]
    public void Two_katas_with_one_id_break_the_unique_ids_fact()
    {
        CopyTree(Kata, Path.Combine(_copy, "katas", "04-racy-cart-again"));
        CopyTree(Path.Combine(_copy, "solutions", "01-racy-cart"), Path.Combine(_copy, "solutions", "04-racy-cart-again"));
        Assert.That(Broken().Select(f => f.Detail), Is.EqualTo(new[] { "used twice: racy-cart" }));
    }

    [Test]
    public void A_solution_folder_without_its_kata_breaks_the_solutions_fact()
    {
        Directory.CreateDirectory(Path.Combine(_copy, "solutions", "09-lost"));
        Assert.That(Broken().Select(f => f.Detail), Is.EqualTo(new[] { "no kata for: 09-lost" }));
    }

    [Test]
    public void A_readme_file_list_is_the_bold_code_on_its_edit_only_line() =>
        Assert.That(KataLayoutFacts.ReadmeLearnerFiles("Intro `Other.cs`.\n- Edit only **`WorkerPool.cs`** and **`PoolSizer.cs`**. Not `Checks/`.\n"),
            Is.EqualTo(new[] { "WorkerPool.cs", "PoolSizer.cs" }));

    private SelfCheckFact[] Broken() => KataLayoutFacts.Check(_copy).Where(f => !f.Holds).ToArray();

    private static void Rewrite(string file, string from, string to)
    {
        var text = File.ReadAllText(file);
        Assert.That(text, Does.Contain(from), $"{file} no longer holds {from}; update this test.");
        File.WriteAllText(file, text.Replace(from, to, StringComparison.Ordinal));
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file).Replace('\\', '/');
            if (relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
