using KitchenKatas.Grader.Testing;
using NUnit.Framework;

// Compiled into every kata's checks (katas/Directory.Build.targets), in no namespace, so it wraps every check.

/// <summary>Caps what the learner's code prints during the checks: see <see cref="OutputCap"/>.</summary>
[SetUpFixture]
public sealed class OutputCapFixture
{
    /// <summary>Installs the cap after the test framework has started capturing, so the cap sits in front of it.</summary>
    [OneTimeSetUp]
    public void Cap() => OutputCap.Install();

    /// <summary>Takes the cap away again.</summary>
    [OneTimeTearDown]
    public void Uncap() => OutputCap.Uninstall();
}
