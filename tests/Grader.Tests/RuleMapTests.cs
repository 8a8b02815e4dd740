using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.SelfCheck;

namespace KitchenKatas.Grader.Tests;

/// <summary>The rule map: every README task and rule traced to its checks in kata.json, and the README's table in step.</summary>
[TestFixture]
public sealed class RuleMapTests
{
    private const string KataPath = "katas/09-soup";

    private static readonly KataManifest Soup = new()
    {
        Id = "soup",
        Title = "The soup",
        LearnerFiles = ["Pot.cs"],
        Checks =
        [
            new("Kitchen.Soup.Checks.PotChecks.Two_chefs_stirring_lose_no_salt", "Two chefs stirring lose no salt", 60),
            new("Kitchen.Soup.Checks.PotChecks.An_empty_pot_is_refused", "An empty pot is refused", 40),
        ],
        Rules =
        [
            new("task 1") { Checks = ["Two_chefs_stirring_lose_no_salt"] },
            new("task 2") { Checks = ["An_empty_pot_is_refused"] },
            new("rule 1") { EnforcedBy = "The grader takes only Pot.cs" },
        ],
    };

    private const string Readme = """
        # Kata 9: The soup

        ## Your task

        1. two chefs stirring at once lose no salt;
           - nested items are part of task 1
        2. an empty pot is refused.

        ## Which check guards which task

        | Task | Checked by |
        | --- | --- |
        | task 1 | Two chefs stirring lose no salt |
        | task 2 | An empty pot is refused |
        | rule 1 | The grader takes only Pot.cs |

        ## Rules

        - Edit only **`Pot.cs`**.

        ## Hints
        """;

    [Test]
    public void Does_not_report_a_readme_and_manifest_that_agree() =>
        Assert.That(RuleMap.Problems(Soup, Readme, KataPath), Is.Empty);

    [Test]
    public void Reads_tasks_from_the_top_level_numbered_items_and_rules_from_the_bullets() =>
        Assert.That(RuleMap.ReadmeRuleIds(Readme), Is.EqualTo(new[] { "task 1", "task 2", "rule 1" }));

    [Test]
    public void Writes_the_table_with_check_titles_joined_and_what_else_enforces_a_rule()
    {
        var both = Soup with { Rules = [new("task 1") { Checks = ["Two_chefs_stirring_lose_no_salt", "An_empty_pot_is_refused"], EnforcedBy = "the build" }] };
        Assert.That(RuleMap.Table(both), Is.EqualTo(
            "| Task | Checked by |\n| --- | --- |\n| task 1 | Two chefs stirring lose no salt; An empty pot is refused; the build |\n"));
    }

    [Test]
    public void Reports_a_readme_task_with_no_entry()
    {
        var readme = Readme.Replace("2. an empty pot is refused.", "2. an empty pot is refused;\n3. the soup is served hot.", StringComparison.Ordinal);
        var problem = Single(Soup, readme);
        Assert.That(problem.Detail, Is.EqualTo("the README's task 3 has no entry in \"rules\""));
        Assert.That(problem.Fix, Does.Contain("{ \"id\": \"task 3\"").And.Contain("katas/09-soup/kata.json"));
    }

    [Test]
    public void Reports_an_entry_for_a_task_the_readme_no_longer_has()
    {
        var readme = Readme.Replace("2. an empty pot is refused.\n", "", StringComparison.Ordinal);
        var problems = RuleMap.Problems(Soup, readme, KataPath);
        Assert.That(problems[0].Detail, Is.EqualTo("\"rules\" has an entry for task 2, but the README has no task 2"));
        Assert.That(problems[0].Fix, Does.StartWith("Remove the task 2 entry from katas/09-soup/kata.json"));
    }

    [Test]
    public void Reports_an_id_that_is_neither_a_task_nor_a_rule()
    {
        var manifest = Soup with { Rules = [.. Soup.Rules, new("step 1") { EnforcedBy = "nothing" }] };
        Assert.That(RuleMap.Problems(manifest, Readme, KataPath).Select(p => p.Detail),
            Does.Contain("\"step 1\" is not an id of the form \"task N\" or \"rule N\""));
    }

    [Test]
    public void Reports_an_entry_that_names_a_check_kata_json_does_not_have()
    {
        var manifest = Soup with { Rules = [Soup.Rules[0] with { Checks = ["Two_chefs_stirring_lose_no_salt", "The_soup_is_hot"] }, .. Soup.Rules.Skip(1)] };
        var problems = RuleMap.Problems(manifest, Readme, KataPath);
        Assert.That(problems.Select(p => p.Detail), Does.Contain("task 1 names check The_soup_is_hot, which is not among the kata's checks"));
        Assert.That(problems.First(p => p.Detail.Contains("The_soup_is_hot", StringComparison.Ordinal)).Fix,
            Does.Contain("Two_chefs_stirring_lose_no_salt, An_empty_pot_is_refused"));
    }

    [Test]
    public void Reports_a_check_that_guards_no_task_or_rule()
    {
        var manifest = Soup with { Rules = [Soup.Rules[0], Soup.Rules[1] with { Checks = [], EnforcedBy = "the build" }, Soup.Rules[2]] };
        var problems = RuleMap.Problems(manifest, Readme.Replace("| task 2 | An empty pot is refused |", "| task 2 | the build |", StringComparison.Ordinal), KataPath);
        Assert.That(problems.Select(p => p.Detail), Is.EqualTo(new[] { "check An_empty_pot_is_refused guards no task or rule" }));
        Assert.That(problems[0].Fix, Does.Contain("add An_empty_pot_is_refused to the \"checks\" of the task or rule it guards"));
    }

    [Test]
    public void Reports_an_entry_with_neither_checks_nor_what_enforces_it()
    {
        var manifest = Soup with { Rules = [.. Soup.Rules.Take(2), new("rule 1")] };
        var problems = RuleMap.Problems(manifest, Readme.Replace("| rule 1 | The grader takes only Pot.cs |", "| rule 1 |  |", StringComparison.Ordinal), KataPath);
        Assert.That(problems.Select(p => p.Detail), Is.EqualTo(new[] { "rule 1 names no check and no \"enforcedBy\"" }));
    }

    [Test]
    public void Reports_a_task_listed_twice()
    {
        var manifest = Soup with { Rules = [.. Soup.Rules, Soup.Rules[0]] };
        Assert.That(RuleMap.Problems(manifest, Readme, KataPath).Select(p => p.Detail), Does.Contain("task 1 has 2 entries in \"rules\""));
    }

    [Test]
    public void Reports_a_table_row_that_differs_from_kata_json_and_gives_the_whole_table_as_the_fix()
    {
        var readme = Readme.Replace("| task 2 | An empty pot is refused |", "| task 2 | An empty pot is served |", StringComparison.Ordinal);
        var problem = Single(Soup, readme);
        Assert.That(problem.Detail, Is.EqualTo(
            "the README's table differs from kata.json at row 2: the README says \"task 2 | An empty pot is served\", kata.json gives \"task 2 | An empty pot is refused\""));
        Assert.That(problem.Fix, Does.Contain(RuleMap.Table(Soup)).And.Contain("katas/09-soup/README.md"));
    }

    [Test]
    public void Reports_a_table_missing_a_row()
    {
        var problem = Single(Soup, Readme.Replace("| rule 1 | The grader takes only Pot.cs |\n", "", StringComparison.Ordinal));
        Assert.That(problem.Detail, Does.Contain("the README says \"(no row)\", kata.json gives \"rule 1 | The grader takes only Pot.cs\""));
    }

    [Test]
    public void Reports_a_readme_without_the_table_section()
    {
        var start = Readme.IndexOf(RuleMap.TableHeading, StringComparison.Ordinal);
        var readme = Readme[..start] + Readme[Readme.IndexOf("## Rules", StringComparison.Ordinal)..];
        Assert.That(Single(Soup, readme).Detail, Is.EqualTo("the README has no \"## Which check guards which task\" section"));
    }

    [Test]
    public void Reports_a_table_section_that_does_not_follow_the_task_list()
    {
        var readme = Readme.Replace("## Which check guards which task", "## Notes\n\nSome notes.\n\n## Which check guards which task", StringComparison.Ordinal);
        Assert.That(Single(Soup, readme).Detail, Is.EqualTo("\"## Which check guards which task\" does not come right after the task list (there: ## Notes)"));
    }

    [Test]
    public void Reports_a_table_section_without_a_table()
    {
        var readme = Readme.Replace("| --- | --- |\n", "", StringComparison.Ordinal);
        Assert.That(Single(Soup, readme).Detail, Is.EqualTo("the README's \"## Which check guards which task\" section holds no table"));
    }

    [Test]
    public void Does_not_report_a_table_that_differs_only_in_spacing_and_separator_dashes()
    {
        var readme = Readme.Replace("| --- | --- |", "|------|:---------|", StringComparison.Ordinal)
            .Replace("| task 1 | Two chefs stirring lose no salt |", "|task 1|Two chefs  stirring lose no salt|", StringComparison.Ordinal);
        Assert.That(RuleMap.Problems(Soup, readme, KataPath), Is.Empty);
    }

    private static RuleMapProblem Single(KataManifest manifest, string readme)
    {
        var problems = RuleMap.Problems(manifest, readme, KataPath);
        Assert.That(problems, Has.Count.EqualTo(1), () => string.Join("\n", problems.Select(p => p.Detail)));
        return problems[0];
    }
}
