using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Grader.Tests;

[TestFixture]
public sealed class StressBudgetTests
{
    private static readonly StressSettings Kata = new() { BudgetMs = 1500, Seed = 42 };

    private static Func<string, string?> Env(params (string Name, string Value)[] vars) =>
        name => vars.FirstOrDefault(v => v.Name == name).Value;

    [Test]
    public void The_kata_budget_and_seed_apply_when_nothing_overrides_them()
    {
        var options = StressBudget.Resolve(Kata, Env());
        Assert.That((options.Budget, options.Seed), Is.EqualTo((TimeSpan.FromMilliseconds(1500), 42)));
    }

    [Test]
    public void An_environment_budget_replaces_the_kata_budget_and_a_scale_multiplies_it()
    {
        Assert.Multiple(() =>
        {
            Assert.That(StressBudget.Resolve(Kata, Env((StressBudget.BudgetVariable, "400"))).Budget, Is.EqualTo(TimeSpan.FromMilliseconds(400)));
            Assert.That(StressBudget.Resolve(Kata, Env((StressBudget.ScaleVariable, "2"))).Budget, Is.EqualTo(TimeSpan.FromMilliseconds(3000)));
            Assert.That(StressBudget.Resolve(Kata, Env((StressBudget.BudgetVariable, "400"), (StressBudget.ScaleVariable, "0.5"))).Budget,
                Is.EqualTo(TimeSpan.FromMilliseconds(200)));
            Assert.That(StressBudget.Resolve(Kata, Env((StressBudget.SeedVariable, "7"))).Seed, Is.EqualTo(7));
        });
    }

    [Test]
    public void Nonsense_overrides_are_ignored_rather_than_crashing_the_check()
    {
        var options = StressBudget.Resolve(Kata, Env((StressBudget.BudgetVariable, "lots"), (StressBudget.ScaleVariable, "-3"), (StressBudget.SeedVariable, "x")));
        Assert.That((options.Budget, options.Seed), Is.EqualTo((TimeSpan.FromMilliseconds(1500), 42)));
    }
}
