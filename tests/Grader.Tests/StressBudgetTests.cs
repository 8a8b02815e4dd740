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

    [TestCase(0.25, 0.25)]
    [TestCase(1.0, 1.0)]
    [TestCase(0.0, 1.0)]
    [TestCase(-0.5, 1.0)]
    [TestCase(2.0, 1.0)]
    public void The_share_kept_after_a_complete_exploration_comes_from_the_kata_and_a_nonsense_share_keeps_everything(double share, double kept) =>
        Assert.That(StressBudget.Resolve(Kata with { AfterCompleteExploration = share }, Env()).AfterCompleteExploration, Is.EqualTo(kept));

    [Test]
    public void The_explorer_takes_the_katas_schedule_budget_and_its_own_default_otherwise()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ExplorerBudget.Resolve(Env(), new ExplorerSettings { MaxSchedules = 10_000 })!.MaxSchedules, Is.EqualTo(10_000));
            Assert.That(ExplorerBudget.Resolve(Env(), new ExplorerSettings())!.MaxSchedules, Is.EqualTo(new Exploration.ExplorerOptions().MaxSchedules));
            Assert.That(ExplorerBudget.Resolve(Env(), new ExplorerSettings { MaxSchedules = -3 })!.MaxSchedules, Is.EqualTo(new Exploration.ExplorerOptions().MaxSchedules));
            Assert.That(ExplorerBudget.Resolve(Env((ExplorerBudget.SwitchVariable, "off")), new ExplorerSettings { MaxSchedules = 10_000 }), Is.Null);
        });
    }
}
