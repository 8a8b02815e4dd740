using KitchenKatas.Grader.Testing;
using StrykerTestDoubleQx7;

namespace KitchenKatas.Grader.Tests;

/// <summary>Handing Stryker.NET's active mutant to a child process that runs the learner's code (kata 3's harness).</summary>
[TestFixture]
[NonParallelizable]
public sealed class StrykerMutantHandOverTests
{
    [TearDown]
    public void NoMutantChosen() => MutantControl.ActiveMutant = -2;

    [Test]
    public void The_mutant_active_in_the_test_host_is_named_for_the_child_the_way_Strykers_MutantControl_reads_it()
    {
        MutantControl.ActiveMutant = 42;

        var environment = StrykerMutantHandOver.EnvironmentFor(typeof(MutantControl).Assembly);

        Assert.That(environment, Is.EquivalentTo(new Dictionary<string, string?>
        {
            ["STRYKER_MUTANT_ID_CONTROL_VAR"] = StrykerMutantHandOver.MutantVariable,
            [StrykerMutantHandOver.MutantVariable] = "42",
        }));
    }

    [Test]
    public void No_mutant_in_the_test_host_means_none_in_the_child_either()
    {
        MutantControl.ActiveMutant = -1;

        Assert.That(StrykerMutantHandOver.EnvironmentFor(typeof(MutantControl).Assembly)[StrykerMutantHandOver.MutantVariable], Is.EqualTo("-1"));
    }

    [Test]
    public void A_mutant_not_chosen_yet_adds_nothing_the_child_would_not_inherit_anyway()
    {
        Assert.That(StrykerMutantHandOver.EnvironmentFor(typeof(MutantControl).Assembly), Is.Empty);
    }

    [Test]
    public void Outside_a_Stryker_run_the_child_environment_is_unchanged()
    {
        Assert.Multiple(() =>
        {
            Assert.That(StrykerMutantHandOver.ActiveMutant(typeof(string).Assembly), Is.Null);
            Assert.That(StrykerMutantHandOver.EnvironmentFor(typeof(string).Assembly), Is.Empty);
        });
    }
}
