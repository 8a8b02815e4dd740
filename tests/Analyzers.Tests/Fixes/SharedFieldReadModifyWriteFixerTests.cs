using KitchenKatas.Analyzers.Tests.Support;
using KitchenKatas.Grader.Analyzers;
using KitchenKatas.Grader.Analyzers.CodeFixes;
using NUnit.Framework;

namespace KitchenKatas.Analyzers.Tests.Fixes;

/// <summary>KATA001's fixes: guard with a lock, or use Interlocked for a lone counter.</summary>
[TestFixture]
public sealed class SharedFieldReadModifyWriteFixerTests
{
    private static Task FixAsync(string source, string fixedSource, int action = 0) =>
        Verify<SharedFieldReadModifyWriteAnalyzer>.FixAsync<SharedFieldReadModifyWriteFixer>(source, fixedSource, action);

    [Test]
    public Task Wraps_the_statement_in_a_lock_on_a_new_private_lock_object() => FixAsync("""
        public sealed class Till
        {
            private long _total;
            public void Sell(long price)
            {
                {|KATA001:_total += price|};
            }
        }
        """, """
        public sealed class Till
        {
            private readonly Lock _gate = new();
            private long _total;
            public void Sell(long price)
            {
                lock (_gate)
                {
                    _total += price;
                }
            }
        }
        """);

    [Test]
    public Task Wraps_the_statement_in_the_lock_the_class_already_uses() => FixAsync("""
        public sealed class Till
        {
            private readonly object _door = new();
            private long _total;
            private int _sales;
            public void Sell(long price)
            {
                lock (_door) { _sales++; }
                {|KATA001:_total += price|};
            }
        }
        """, """
        public sealed class Till
        {
            private readonly object _door = new();
            private long _total;
            private int _sales;
            public void Sell(long price)
            {
                lock (_door) { _sales++; }
                lock (_door)
                {
                    _total += price;
                }
            }
        }
        """);

    [Test]
    public Task Splits_a_local_declaration_so_the_local_outlives_the_lock() => FixAsync("""
        public sealed class Stock
        {
            private long _left;
            public long Take(long n)
            {
                var left = {|KATA001:_left -= n|};
                return left;
            }
        }
        """, """
        public sealed class Stock
        {
            private readonly Lock _gate = new();
            private long _left;
            public long Take(long n)
            {
                long left;
                lock (_gate)
                {
                    left = _left -= n;
                }
                return left;
            }
        }
        """);

    [Test]
    public Task Replaces_a_lone_counter_increment_by_Interlocked_Increment() => FixAsync("""
        public sealed class Doorbell
        {
            private int _rings;
            public void Ring()
            {
                {|KATA001:_rings++|};
            }
        }
        """, """
        public sealed class Doorbell
        {
            private int _rings;
            public void Ring()
            {
                Interlocked.Increment(ref _rings);
            }
        }
        """, action: 1);

    [Test]
    public Task Replaces_a_lone_counter_subtraction_by_Interlocked_Add_of_the_negation() => FixAsync("""
        public sealed class Stock
        {
            private long _left;
            public void Take(long n)
            {
                {|KATA001:_left -= n|};
            }
        }
        """, """
        public sealed class Stock
        {
            private long _left;
            public void Take(long n)
            {
                Interlocked.Add(ref _left, -(n));
            }
        }
        """, action: 1);
}
