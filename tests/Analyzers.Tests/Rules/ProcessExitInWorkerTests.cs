using KitchenKatas.Analyzers.Tests.Support;
using KitchenKatas.Grader.Analyzers;
using NUnit.Framework;

namespace KitchenKatas.Analyzers.Tests.Rules;

/// <summary>KATA009: Environment.Exit or FailFast outside the program's entry point.</summary>
[TestFixture]
public sealed class ProcessExitInWorkerTests
{
    private static Task VerifyAsync(string source) => Verify<ProcessExitInWorkerAnalyzer>.DiagnosticsAsync(source);

    [Test]
    public Task Reports_Exit_or_FailFast_inside_a_job() => VerifyAsync("""
        public static class Worker
        {
            public static void Cook(Func<bool> dish)
            {
                if (!dish()) { {|KATA009:Environment.Exit(3)|}; }
                if (!dish()) { {|KATA009:Environment.FailFast("burnt")|}; }
            }
        }
        """);

    [Test]
    public Task Does_not_report_Exit_in_Main() => VerifyAsync("""
        public static class Program
        {
            public static void Main(string[] args)
            {
                if (args.Length == 0) { Environment.Exit(2); }
            }
        }
        """);
}
