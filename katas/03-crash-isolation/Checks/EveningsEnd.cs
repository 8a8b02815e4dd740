using NUnit.Framework;

namespace Kitchen.CrashIsolation.Checks;

/// <summary>At the end of the run, the evenings no check asked for are stopped, and every evening has ended (<see cref="SideBySideEvenings"/>).</summary>
[SetUpFixture]
public sealed class EveningsEnd
{
    [OneTimeTearDown]
    public void StopTheEveningsNobodyAskedFor() => SideBySideEvenings.EndOfRun();
}
