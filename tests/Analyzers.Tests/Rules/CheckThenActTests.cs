using KitchenKatas.Analyzers.Tests.Support;
using KitchenKatas.Grader.Analyzers;
using NUnit.Framework;

namespace KitchenKatas.Analyzers.Tests.Rules;

/// <summary>KATA005: check-then-act on shared state outside a lock.</summary>
[TestFixture]
public sealed class CheckThenActTests
{
    private static Task VerifyAsync(string source) => Verify<CheckThenActAnalyzer>.DiagnosticsAsync(source);

    [Test]
    public Task Reports_ContainsKey_then_a_write_of_the_same_dictionary() => VerifyAsync("""
        public sealed class Pantry
        {
            private readonly Dictionary<string, int> _stock = new();
            public void Take(string item)
            {
                if ({|KATA005:_stock.ContainsKey(item)|})
                {
                    _stock[item] = _stock[item] - 1;
                }
            }
        }
        """);

    [Test]
    public Task Reports_a_numeric_check_then_change() => VerifyAsync("""
        public sealed class Pantry
        {
            private int _stock;
            public bool Take(int n)
            {
                if ({|KATA005:_stock >= n|}) { _stock -= n; return true; }
                return false;
            }
        }
        """);

    [Test]
    public Task Reports_a_guard_clause_followed_by_the_change() => VerifyAsync("""
        public sealed class Pantry
        {
            private readonly Dictionary<string, int> _stock = new();
            public bool Take(string item)
            {
                if ({|KATA005:!_stock.TryGetValue(item, out var n) || n < 1|})
                {
                    return false;
                }

                _stock.Remove(item);
                return true;
            }
        }
        """);

    [Test]
    public Task Reports_a_non_atomic_pair_of_atomic_ConcurrentDictionary_calls() => VerifyAsync("""
        using System.Collections.Concurrent;
        public sealed class Pantry
        {
            private readonly ConcurrentDictionary<string, int> _stock = new();
            public void Stock(string item)
            {
                if ({|KATA005:!_stock.ContainsKey(item)|})
                {
                    _stock.TryAdd(item, 1);
                }
            }
        }
        """);

    [Test]
    public Task Does_not_report_a_check_and_change_under_one_lock_or_double_checked_locking() => VerifyAsync("""
        public sealed class Pantry
        {
            private readonly object _gate = new();
            private int _stock;
            private List<string>? _log;
            public bool Take(int n)
            {
                lock (_gate)
                {
                    if (_stock >= n) { _stock -= n; return true; }
                    return false;
                }
            }
            public List<string> Log
            {
                get
                {
                    if (_log is null)
                    {
                        lock (_gate)
                        {
                            if (_log is null) { _log = new List<string>(); }
                        }
                    }
                    return _log;
                }
            }
        }
        """);

    [Test]
    public Task Does_not_report_a_compare_and_swap_retry_loop() => VerifyAsync("""
        using System.Collections.Concurrent;
        public sealed class Pantry
        {
            private readonly ConcurrentDictionary<string, int> _stock = new();
            public bool Take(string item)
            {
                while (true)
                {
                    if (!_stock.TryGetValue(item, out var seen) || seen < 1) { return false; }
                    var taken = seen == 1
                        ? _stock.TryRemove(new KeyValuePair<string, int>(item, seen))
                        : _stock.TryUpdate(item, seen - 1, seen);
                    if (taken) { return true; }
                }
            }
        }
        """);

    [Test]
    public Task Does_not_report_a_single_atomic_call_or_a_check_of_arguments() => VerifyAsync("""
        using System.Collections.Concurrent;
        public sealed class Pantry
        {
            private readonly ConcurrentDictionary<string, int> _stock = new();
            private int _count;
            public int Stock(string item, int n)
            {
                if (n < 1) { throw new ArgumentOutOfRangeException(nameof(n)); }
                if (_stock.TryAdd(item, n)) { Interlocked.Increment(ref _count); }
                return _stock.GetOrAdd(item, n);
            }
        }
        """);

    [Test]
    public Task Reports_a_check_under_a_lock_and_the_change_under_a_second_taking_of_the_lock() => VerifyAsync("""
        public sealed class Pantry
        {
            private readonly Lock _gate = new();
            private readonly Dictionary<string, int> _stock = new();
            public bool Take(string item)
            {
                lock (_gate)
                {
                    if ({|KATA005:!_stock.ContainsKey(item)|})
                    {
                        return false;
                    }
                }

                lock (_gate)
                {
                    _stock.Remove(item);
                    return true;
                }
            }
        }
        """);

    [Test]
    public Task Does_not_report_a_second_taking_of_the_lock_that_checks_again() => VerifyAsync("""
        public sealed class Pool
        {
            private readonly Lock _gate = new();
            private bool _closed;
            private int _closings;
            public void Close()
            {
                lock (_gate)
                {
                    if (_closed)
                    {
                        return;
                    }
                }

                Thread.Sleep(0);
                lock (_gate)
                {
                    if (_closed)
                    {
                        return;
                    }

                    _closed = true;
                    _closings++;
                }
            }
        }
        """);
}
