using KitchenKatas.Grader.Cli;
using KitchenKatas.Grader.Katas;
using Spectre.Console.Testing;

namespace KitchenKatas.Cli.Tests;

/// <summary><c>kitchen dev check</c> end to end: the real kata 1, and broken temporary copies of its layout.</summary>
[TestFixture]
[NonParallelizable]
public sealed class DevCheckCommandTests
{
    private static readonly string Repo = KataLocator.FindRepoRoot(AppContext.BaseDirectory)!;

    [Test]
    public async Task Kata_one_passes_its_self_check_with_two_runs_of_the_starter()
    {
        var console = new TestConsole { Profile = { Width = 1000 } };
        var code = await KitchenApp.RunAsync(["dev", "check", "--repo", Repo, "--kata", "racy-cart", "--runs", "2", "--no-mutants"], console);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero, console.Output);
            Assert.That(console.Output, Does.Contain("Starter fails check 1").And.Contain("Starter passes check 5"));
            Assert.That(console.Output, Does.Contain("2/2 runs caught it (100.0%); 95 % lower bound 22.361%"));
            Assert.That(console.Output, Does.Contain("Reference solution passes every check"));
            Assert.That(console.Output, Does.Contain("2,995 runs without a miss"));
        });
    }

    [Test]
    public async Task A_readme_naming_a_wrong_file_fails_the_self_check_and_says_how_to_fix_it()
    {
        var copy = Directory.CreateTempSubdirectory("dev-check-").FullName;
        try
        {
            File.Copy(Path.Combine(Repo, "KitchenKatas.slnx"), Path.Combine(copy, "KitchenKatas.slnx"));
            var kata = Path.Combine(copy, "katas", "01-racy-cart");
            Directory.CreateDirectory(kata);
            Directory.CreateDirectory(Path.Combine(copy, "solutions", "01-racy-cart"));
            foreach (var file in new[] { "kata.json", "README.md", "Cart.cs", "RacyCart.csproj" })
            {
                File.Copy(Path.Combine(Repo, "katas", "01-racy-cart", file), Path.Combine(kata, file));
            }

            // The checks declare themselves (and their points) in Checks/: a kata without them has none.
            foreach (var file in Directory.GetFiles(Path.Combine(Repo, "katas", "01-racy-cart", "Checks"), "*.cs"))
            {
                Directory.CreateDirectory(Path.Combine(kata, "Checks"));
                File.Copy(file, Path.Combine(kata, "Checks", Path.GetFileName(file)));
            }

            File.Copy(Path.Combine(Repo, "solutions", "01-racy-cart", "Cart.cs"), Path.Combine(copy, "solutions", "01-racy-cart", "Cart.cs"));
            var readme = Path.Combine(kata, "README.md");
            File.WriteAllText(readme, File.ReadAllText(readme).Replace("**`Cart.cs`**", "**`Basket.cs`**", StringComparison.Ordinal));

            var console = new TestConsole { Profile = { Width = 1000 } };
            var code = await KitchenApp.RunAsync(["dev", "check", "--repo", copy, "--layout-only"], console);
            Assert.Multiple(() =>
            {
                Assert.That(code, Is.EqualTo(1), console.Output);
                Assert.That(console.Output, Does.Contain("README: Basket.cs; kata.json: Cart.cs"));
                Assert.That(console.Output, Does.Contain("Make the \"Edit only"));
                Assert.That(console.Output, Does.Contain("1 of "));
            });
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Test]
    public async Task The_repositorys_layout_holds_every_fact()
    {
        var console = new TestConsole { Profile = { Width = 1000 } };
        var code = await KitchenApp.RunAsync(["dev", "check", "--repo", Repo, "--layout-only"], console);
        Assert.That(code, Is.Zero, console.Output);
    }

    [Test]
    public async Task An_unknown_kata_is_a_usage_error() =>
        Assert.That(await KitchenApp.RunAsync(["dev", "check", "--repo", Repo, "--kata", "no-such-kata"], new TestConsole()), Is.EqualTo(KitchenApp.UsageOrInternalError));
}
