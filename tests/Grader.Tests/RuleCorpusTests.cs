using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.SelfCheck;

namespace KitchenKatas.Grader.Tests;

/// <summary>
/// The rule-breaker corpus holds together without running anything: every breaker names a rule of its kata and real
/// checks, the rule's own checks are among those it fails, and every kata has a breaker for every task and rule
/// and at least four correct variants.
/// </summary>
[TestFixture]
public sealed class RuleCorpusTests
{
    private static readonly string Repo = KataLocator.FindRepoRoot(AppContext.BaseDirectory)!;

    private static IEnumerable<string> Katas => KataLocator.FindAll(Repo).Select(k => k.Manifest.Id);

    [TestCaseSource(nameof(Katas))]
    public void Every_breaker_names_a_rule_of_its_kata_and_checks_that_exist(string id)
    {
        var kata = Kata(id);
        var checks = kata.Manifest.Checks.Select(c => RuleMap.MethodName(c.Test)).ToArray();
        Assert.Multiple(() =>
        {
            foreach (var breaker in RuleCorpus.Breakers(Repo, kata))
            {
                var rule = kata.Manifest.Rules.FirstOrDefault(r => r.Id == breaker.Breach!.Rule);
                Assert.That(rule, Is.Not.Null, $"{breaker.Name} breaks {breaker.Breach!.Rule}, which {kata.FolderName}/kata.json's rules do not have.");
                Assert.That(breaker.MustFail, Is.SubsetOf(checks), $"{breaker.Name} names checks {kata.FolderName} does not have.");
                if (rule is { Checks.Count: > 0 })
                {
                    Assert.That(breaker.MustFail.Intersect(rule.Checks), Is.Not.Empty,
                        $"{breaker.Name} breaks {rule.Id}, so at least one of {rule.Id}'s checks must fail: {string.Join(", ", rule.Checks)}.");
                }
            }
        });
    }

    [TestCase("racy-cart")]
    [TestCase("thread-pool")]
    [TestCase("crash-isolation")]
    public void Every_task_and_rule_has_a_breaker_and_there_are_four_correct_styles(string id)
    {
        var kata = Kata(id);
        var broken = RuleCorpus.Breakers(Repo, kata).Select(b => b.Breach!.Rule).ToHashSet(StringComparer.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(kata.Manifest.Rules.Select(r => r.Id).Where(r => !broken.Contains(r)), Is.Empty, "Tasks and rules without a rule breaker.");
            Assert.That(RuleCorpus.CorrectVariants(Repo, kata), Has.Count.GreaterThanOrEqualTo(4));
        });
    }

    [Test]
    public void A_breaks_json_without_failing_checks_is_refused_with_its_path()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("breaks-").FullName, RuleCorpus.BreachFile);
        File.WriteAllText(file, """{ "rule": "task 1", "why": "a lost tomato", "fails": [] }""");
        Assert.That(() => RuleCorpus.ReadBreach(file), Throws.InstanceOf<InvalidDataException>().With.Message.Contains(file).And.Message.Contains("\"fails\""));
    }

    [Test]
    public void A_breaks_json_that_is_not_json_is_refused_with_its_path()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("breaks-").FullName, RuleCorpus.BreachFile);
        File.WriteAllText(file, "rule: task 1");
        Assert.That(() => RuleCorpus.ReadBreach(file), Throws.InstanceOf<InvalidDataException>().With.Message.Contains(file));
    }

    [Test]
    public void A_breaker_keeps_its_promise_when_its_checks_fail_and_no_check_outside_its_rule_does()
    {
        var breaker = new CorpusEntry("drain-early", "/tmp", new RuleBreach("task 4", "Drain returns early", ["Drain_waits"]));
        CorpusVerdict Seen(params string[] failed) =>
            new(breaker, ["Every_job_once", "Drain_waits", "Closing", "Idle"], failed, new Dictionary<string, string>(), TimeSpan.Zero, ["Closing", "Drain_waits"]);
        Assert.Multiple(() =>
        {
            Assert.That(Seen("Drain_waits").AsPromised, Is.True);
            Assert.That(Seen("Drain_waits", "Closing").AsPromised, Is.True, "Another check of the same rule may catch it too.");
            Assert.That(Seen("Closing").Unexpected, Is.EqualTo(new[] { "Drain_waits" }), "A promised check that passed.");
            Assert.That(Seen("Drain_waits", "Idle").Unexpected, Is.EqualTo(new[] { "Idle" }), "A check outside the rule that failed.");
        });
    }

    private static KataInfo Kata(string id) => KataLocator.FindAll(Repo).Single(k => k.Manifest.Id == id);
}
