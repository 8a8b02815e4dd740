using KitchenKatas.Analyzers.Tests.Support;
using KitchenKatas.Grader.Analyzers;
using NUnit.Framework;

namespace KitchenKatas.Analyzers.Tests.Rules;

/// <summary>KATA010: a job's crash swallowed by an empty catch.</summary>
[TestFixture]
public sealed class SwallowedWorkerCrashTests
{
    private static Task VerifyAsync(string source) => Verify<SwallowedWorkerCrashAnalyzer>.DiagnosticsAsync(source);

    [Test]
    public Task Reports_an_empty_catch_around_a_job() => VerifyAsync("""
        public static class Worker
        {
            public static void Run(Action job, Queue<Action> queue)
            {
                try { job(); } {|KATA010:catch (Exception)|} { }
                var next = queue.Dequeue();
                try { next.Invoke(); } {|KATA010:catch|} { }
            }
        }
        """);

    [Test]
    public Task Does_not_report_a_catch_that_records_a_narrow_catch_or_an_event() => VerifyAsync("""
        public sealed class Worker
        {
            public event Action<Exception>? Failed;
            public List<Exception> Crashes { get; } = new();
            public void Run(Action job)
            {
                try { job(); } catch (Exception e) { Crashes.Add(e); }
                try { job(); } catch (InvalidOperationException) { }
                try { Failed?.Invoke(new Exception()); } catch (Exception) { }
            }
        }
        """);
}
