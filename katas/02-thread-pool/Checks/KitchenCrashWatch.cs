using NUnit.Framework;

namespace Kitchen.ThreadPool.Checks;

/// <summary>
/// When a chef's thread dies of an unhandled exception, .NET ends the whole process, and the test run with
/// it. This says why, in the story's words, before the process goes.
/// </summary>
[SetUpFixture]
public sealed class KitchenCrashWatch
{
    [OneTimeSetUp]
    public void Watch() => AppDomain.CurrentDomain.UnhandledException += Explain;

    [OneTimeTearDown]
    public void StopWatching() => AppDomain.CurrentDomain.UnhandledException -= Explain;

    private static void Explain(object sender, UnhandledExceptionEventArgs e) =>
        Console.Error.WriteLine(Hints.Say(
            $"A chef's thread ({Thread.CurrentThread.Name ?? "unnamed"}) died of an unhandled {e.ExceptionObject.GetType().Name}: " +
            $"{(e.ExceptionObject as Exception)?.Message}\nAn exception that escapes a thread ends the whole kitchen (the process), " +
            "and the test run with it. In WorkerPool.cs, catch what a job throws around the job alone, report it through JobFailed, " +
            "and let the chef take the next order."));
}
