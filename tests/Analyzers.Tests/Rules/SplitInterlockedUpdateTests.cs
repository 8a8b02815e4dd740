using KitchenKatas.Analyzers.Tests.Support;
using KitchenKatas.Grader.Analyzers;
using NUnit.Framework;

namespace KitchenKatas.Analyzers.Tests.Rules;

/// <summary>KATA006: fields read together but updated by separate Interlocked calls.</summary>
[TestFixture]
public sealed class SplitInterlockedUpdateTests
{
    private static Task VerifyAsync(string source) => Verify<SplitInterlockedUpdateAnalyzer>.DiagnosticsAsync(source);

    [Test]
    public Task Reports_two_fields_read_together_updated_by_separate_Interlocked_calls() => VerifyAsync("""
        public sealed class Till
        {
            private int _sales;
            private long _takings;
            public void Sell(long price)
            {
                Interlocked.Increment(ref _sales);
                {|KATA006:Interlocked.Add(ref _takings, price)|};
            }
            public double AveragePrice => _sales == 0 ? 0 : (double)_takings / _sales;
        }
        """);

    [Test]
    public Task Does_not_report_independent_counters() => VerifyAsync("""
        public sealed class Till
        {
            private int _sales;
            private int _refunds;
            public void Sell() { Interlocked.Increment(ref _sales); Interlocked.Decrement(ref _refunds); }
            public int Sales => Volatile.Read(ref _sales);
            public int Refunds => Volatile.Read(ref _refunds);
        }
        """);
}
