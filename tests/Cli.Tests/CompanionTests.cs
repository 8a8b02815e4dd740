using KitchenKatas.Grader.Cli;
using KitchenKatas.Grader.Cli.Companion;
using KitchenKatas.Grader.Hints;
using KitchenKatas.Grader.Isolation;
using Spectre.Console.Testing;

namespace KitchenKatas.Cli.Tests;

/// <summary>The learner's companion on a tiny repository of its own, so the real one is never touched.</summary>
[TestFixture]
[NonParallelizable]
public sealed class CompanionTests
{
    private string _repo = "";

    private string Cart => Path.Combine(_repo, "katas", "01-tiny", "Cart.cs");

    [SetUp]
    public async Task A_repository_with_one_kata_in_git()
    {
        _repo = Directory.CreateTempSubdirectory("companion-").FullName;
        var kata = Directory.CreateDirectory(Path.Combine(_repo, "katas", "01-tiny")).FullName;
        await File.WriteAllTextAsync(Path.Combine(_repo, "KitchenKatas.slnx"), "<Solution />");
        await File.WriteAllTextAsync(Path.Combine(kata, "kata.json"), """{ "id": "tiny", "title": "Tiny", "learnerFiles": ["Cart.cs"], "checks": [] }""");
        await File.WriteAllTextAsync(Cart, "class Cart { }\n");
        await File.WriteAllTextAsync(Path.Combine(kata, "README.md"), "# Tiny\n\n## Hints\n\n### Hint 1\n\nLook at the\ncounter.\n\n### Hint 2\n\nUse a lock.\n\n## After\n\nNot a hint.\n");
        foreach (var args in new[] { new[] { "init", "-q" }, ["add", "."], ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "starter"] })
        {
            var git = await ChildProcessRunner.RunAsync(new ChildProcessRequest("git", ["-C", _repo, .. args]));
            Assert.That(git.ExitCode, Is.Zero, git.StandardError);
        }
    }

    [TearDown]
    public void Remove_the_repository() => Directory.Delete(_repo, recursive: true);

    [Test]
    public void Hints_are_the_layers_under_the_Hints_heading_with_paragraphs_unwrapped() =>
        Assert.That(HintBook.Read(Path.Combine(_repo, "katas", "01-tiny", "README.md")), Is.EqualTo(new[] { "Look at the counter.", "Use a lock." }));

    [Test]
    public async Task Each_hint_command_shows_the_next_layer_and_the_last_one_stays()
    {
        var shown = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var console = new TestConsole();
            Assert.That(await KitchenApp.RunAsync(["kata", "hint", "tiny", "--repo", _repo], console), Is.Zero);
            shown.Add(console.Output);
        }

        Assert.Multiple(() =>
        {
            Assert.That(shown[0], Does.Contain("hint 1 of 2").And.Contain("Look at the counter."));
            Assert.That(shown[1], Does.Contain("hint 2 of 2").And.Contain("Use a lock."));
            Assert.That(shown[2], Does.Contain("hint 2 of 2").And.Contain("That was the last hint."));
        });
    }

    [Test]
    public async Task List_tells_a_kata_not_started_from_one_being_worked_on()
    {
        var before = new TestConsole();
        await KitchenApp.RunAsync(["kata", "list", "--repo", _repo], before);
        await File.AppendAllTextAsync(Cart, "// my work\n");
        var after = new TestConsole();
        await KitchenApp.RunAsync(["kata", "list", "--repo", _repo], after);
        Assert.Multiple(() =>
        {
            Assert.That(before.Output, Does.Contain("not started"));
            Assert.That(after.Output, Does.Contain("started, not checked"));
        });
    }

    [Test]
    public async Task Reset_asks_first_and_without_an_answer_changes_nothing()
    {
        await File.WriteAllTextAsync(Cart, "class Cart { int mine; }\n");
        var code = await KitchenApp.RunAsync(["kata", "reset", "tiny", "--repo", _repo], new TestConsole());
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(KitchenApp.UsageOrInternalError));
            Assert.That(File.ReadAllText(Cart), Does.Contain("mine"), "Nothing is overwritten without a yes.");
        });
    }

    [Test]
    public async Task Reset_with_yes_puts_the_starter_back()
    {
        await File.WriteAllTextAsync(Cart, "class Cart { int mine; }\n");
        var code = await KitchenApp.RunAsync(["kata", "reset", "tiny", "--yes", "--repo", _repo], new TestConsole());
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero);
            Assert.That(File.ReadAllText(Cart), Is.EqualTo("class Cart { }\n"));
        });
    }
}

/// <summary>Hints are read in a terminal: their Markdown marks are turned into styles, never shown raw.</summary>
[TestFixture]
public sealed class TerminalMarkdownTests
{
    [Test]
    public void Bold_code_and_links_lose_their_marks_and_brackets_stay_plain_text()
    {
        var markup = KitchenKatas.Grader.Cli.Companion.TerminalMarkdown.ToMarkup(
            "A **lock** (C#'s `lock` statement) on [the docs](https://example.org/lock) guards _items[item].");
        var console = new TestConsole();
        console.Write(new Spectre.Console.Markup(markup));
        Assert.Multiple(() =>
        {
            Assert.That(console.Output, Does.Contain("A lock (C#'s lock statement)"));
            Assert.That(console.Output, Does.Not.Contain("**").And.Not.Contain("`"));
            Assert.That(console.Output, Does.Contain("_items[item]"), "Square brackets of code are text, not markup.");
            Assert.That(console.Output, Does.Contain("the docs (https://example.org/lock)"));
        });
    }
}
