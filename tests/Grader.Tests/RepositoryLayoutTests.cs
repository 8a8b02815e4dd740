using System.Text.Json;
using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Grader.Tests;

/// <summary>The repository's own wiring: what the test command runs, and how katas mirror their solutions.</summary>
[TestFixture]
public sealed class RepositoryLayoutTests
{
    private static readonly string Root = KataLocator.FindRepoRoot(AppContext.BaseDirectory)!;

    [Test]
    public void Every_test_project_under_tests_runs_in_the_project_test_command()
    {
        using var filter = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "tests", "KitchenKatas.Tests.slnf")));
        var listed = filter.RootElement.GetProperty("solution").GetProperty("projects").EnumerateArray().Select(p => p.GetString()).ToHashSet();
        var onDisk = Directory.GetFiles(Path.Combine(Root, "tests"), "*.csproj", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Root, p).Replace('\\', '/'))
            .Where(p => !p.Contains("/bin/", StringComparison.Ordinal) && !p.Contains("/obj/", StringComparison.Ordinal));
        Assert.That(onDisk.Where(p => !listed.Contains(p)), Is.Empty, "Add these to tests/KitchenKatas.Tests.slnf.");
    }

    [Test]
    public void Every_kata_has_a_solution_folder_with_the_same_learner_files_and_a_readme()
    {
        var katas = KataLocator.FindAll(Root);
        Assert.That(katas, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var kata in katas)
            {
                Assert.That(File.Exists(Path.Combine(kata.Folder, "README.md")), Is.True, $"{kata.FolderName} has a README.md");
                foreach (var file in kata.Manifest.LearnerFiles)
                {
                    Assert.That(File.Exists(Path.Combine(kata.Folder, file)), Is.True, $"{kata.FolderName}/{file} exists");
                    Assert.That(File.Exists(Path.Combine(Root, "solutions", kata.FolderName, file)), Is.True, $"solutions/{kata.FolderName}/{file} exists");
                }

                Assert.That(kata.Manifest.Checks.Select(c => c.Test), Is.Unique, $"{kata.FolderName}: each check is listed once");
                Assert.That(kata.Manifest.Checks.All(c => c.Points > 0), Is.True, $"{kata.FolderName}: every check is worth points");
            }

            Assert.That(katas.Select(k => k.Manifest.Id), Is.Unique, "kata ids are unique");
        });
    }

    [Test]
    public void Every_kata_readme_names_its_learner_files_and_has_layered_hints()
    {
        Assert.Multiple(() =>
        {
            foreach (var kata in KataLocator.FindAll(Root))
            {
                var readme = File.ReadAllText(Path.Combine(kata.Folder, "README.md"));
                foreach (var file in kata.Manifest.LearnerFiles)
                {
                    Assert.That(readme, Does.Contain(file), $"{kata.FolderName}/README.md names {file}");
                }

                Assert.That(readme, Does.Contain("## Hints").And.Contain("### Hint 1").And.Contain("### Hint 2"), $"{kata.FolderName}/README.md has layered hints");
            }
        });
    }
}
