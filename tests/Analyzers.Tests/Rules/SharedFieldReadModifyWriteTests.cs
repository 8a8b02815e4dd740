using KitchenKatas.Analyzers.Tests.Support;
using KitchenKatas.Grader.Analyzers;
using NUnit.Framework;

namespace KitchenKatas.Analyzers.Tests.Rules;

/// <summary>KATA001: read-modify-write of a shared field outside a lock.</summary>
[TestFixture]
public sealed class SharedFieldReadModifyWriteTests
{
    private static Task VerifyAsync(string source) => Verify<SharedFieldReadModifyWriteAnalyzer>.DiagnosticsAsync(source);

    [Test]
    public Task Reports_read_modify_write_of_a_field_outside_a_lock() => VerifyAsync("""
        public sealed class Till
        {
            private int _count;
            private long _total;
            public void Sell(long price)
            {
                {|KATA001:_count++|};
                {|KATA001:--_count|};
                {|KATA001:_total += price|};
                {|KATA001:_total = _total - price|};
            }
        }
        """);

    [Test]
    public Task Reports_a_dictionary_element_stepped_in_place() => VerifyAsync("""
        public sealed class Pantry
        {
            private readonly Dictionary<string, int> _stock = new();
            public void Add(string item) => {|KATA001:_stock[item]++|};
            public void AddMany(string item, int n) => {|KATA001:_stock[item] = _stock[item] + n|};
        }
        """);

    [Test]
    public Task Reports_a_dictionary_read_then_written_back() => VerifyAsync("""
        public sealed class Pantry
        {
            private readonly Dictionary<string, int> _stock = new();
            public void Add(string item, int n)
            {
                _stock.TryGetValue(item, out var current);
                {|KATA001:_stock[item] = current + n|};
            }
        }
        """);

    [Test]
    public Task Reports_a_change_of_a_collection_that_is_not_safe_for_two_writers() => VerifyAsync("""
        public sealed class Kitchen
        {
            private readonly Queue<Action> _rail = new();
            private readonly List<string> _log = new();
            public void Submit(Action job)
            {
                {|KATA001:_rail.Enqueue(job)|};
                {|KATA001:_log.Add("order")|};
            }
        }
        """);

    [Test]
    public Task Does_not_report_a_change_already_reported_as_check_then_act_or_a_new_collection() => VerifyAsync("""
        public sealed class Pantry
        {
            private Dictionary<string, int> _stock = new();
            private int _left;
            public void Take(string item)
            {
                if (_stock.ContainsKey(item)) { _stock.Remove(item); }
                if (_left > 0) { _left--; }
            }
            public void Restock() => _stock = new Dictionary<string, int>();
        }
        """);

    [Test]
    public Task Does_not_report_increment_in_a_constructor() => VerifyAsync("""
        public sealed class Till
        {
            private int _count;
            public Till(int opening) { _count++; _count += opening; }
            public int Count => _count;
            public void Reset() => _count = 0;
        }
        """);

    [Test]
    public Task Does_not_report_increment_under_a_lock() => VerifyAsync("""
        public sealed class Till
        {
            private readonly object _gate = new();
            private readonly Dictionary<string, int> _stock = new();
            private int _count;
            public void Sell(string item)
            {
                lock (_gate)
                {
                    _count++;
                    _stock.TryGetValue(item, out var n);
                    _stock[item] = n + 1;
                }
            }
        }
        """);

    [Test]
    public Task Does_not_report_interlocked_volatile_or_hand_taken_locks() => VerifyAsync("""
        public sealed class Till
        {
            private readonly object _gate = new();
            private int _count;
            private int _sold;
            public void Sell() => Interlocked.Increment(ref _count);
            public void SellAgain()
            {
                Monitor.Enter(_gate);
                try { _sold++; } finally { Monitor.Exit(_gate); }
            }
        }
        """);

    [Test]
    public Task Does_not_report_locals_private_helpers_records_or_structs() => VerifyAsync("""
        public sealed class Till
        {
            private int _count;
            public int Sell() { var n = 0; n++; Bump(); return n; }
            private void Bump() => _count++;
        }
        public record Tally { private int _n; public void Add() => _n++; }
        public struct Tick { private int _n; public void Add() => _n++; }
        """);
}
