using KitchenKatas.Analyzers.Tests.Support;
using KitchenKatas.Grader.Analyzers;
using NUnit.Framework;

namespace KitchenKatas.Analyzers.Tests.Rules;

/// <summary>KATA006: fields that must change together, updated in separate steps that are each safe on their own.</summary>
[TestFixture]
public sealed class SplitUpdateTests
{
    private static Task VerifyAsync(string source) => Verify<SplitUpdateAnalyzer>.DiagnosticsAsync(source);

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
    public Task Reports_a_ConcurrentDictionary_and_an_Interlocked_total_that_take_the_same_quantity() => VerifyAsync("""
        using System.Collections.Concurrent;
        public sealed class Cart
        {
            private readonly ConcurrentDictionary<string, int> _items = new();
            private int _total;
            public void Add(string item, int quantity)
            {
                _items.AddOrUpdate(item, quantity, (_, current) => current + quantity);
                {|KATA006:Interlocked.Add(ref _total, quantity)|};
            }
            public bool TryRemove(string item, int quantity)
            {
                while (true)
                {
                    if (!_items.TryGetValue(item, out var current) || current < quantity) { return false; }
                    var taken = current == quantity
                        ? _items.TryRemove(new KeyValuePair<string, int>(item, current))
                        : _items.TryUpdate(item, current - quantity, current);
                    if (taken)
                    {
                        {|KATA006:Interlocked.Add(ref _total, -quantity)|};
                        return true;
                    }
                }
            }
            public int TotalQuantity => Volatile.Read(ref _total);
            public IReadOnlyDictionary<string, int> Snapshot() => _items.ToArray().ToDictionary(p => p.Key, p => p.Value);
        }
        """);

    [Test]
    public Task Reports_one_invariant_split_over_two_locks() => VerifyAsync("""
        public sealed class Cart
        {
            private readonly object _itemsGate = new();
            private readonly object _totalGate = new();
            private readonly Dictionary<string, int> _items = new();
            private int _total;
            public void Add(string item, int quantity)
            {
                lock (_itemsGate)
                {
                    _items.TryGetValue(item, out var current);
                    _items[item] = current + quantity;
                }

                lock (_totalGate) { {|KATA006:_total += quantity|}; }
            }
            public int TotalQuantity { get { lock (_totalGate) { return _total; } } }
            public int Kinds { get { lock (_itemsGate) { return _items.Count; } } }
        }
        """);

    [Test]
    public Task Reports_two_fields_read_together_changed_in_two_separate_blocks_of_one_lock() => VerifyAsync("""
        public sealed class Till
        {
            private readonly Lock _gate = new();
            private int _sales;
            private long _takings;
            public void Sell(long price)
            {
                lock (_gate) { _sales++; }
                lock (_gate) { {|KATA006:_takings += price|}; }
            }
            public double AveragePrice { get { lock (_gate) { return _sales == 0 ? 0 : (double)_takings / _sales; } } }
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

    [Test]
    public Task Does_not_report_fields_changed_under_one_lock_or_nested_locks() => VerifyAsync("""
        public sealed class Cart
        {
            private readonly object _itemsGate = new();
            private readonly object _logGate = new();
            private readonly Dictionary<string, int> _items = new();
            private readonly List<string> _log = new();
            private int _total;
            public void Add(string item, int quantity)
            {
                lock (_itemsGate)
                {
                    _items[item] = quantity;
                    _total += quantity;
                }
            }
            public void AddAndNote(string item, int quantity)
            {
                lock (_logGate)
                {
                    lock (_itemsGate) { _total += quantity; }
                    _log.Add(item + quantity);
                }
            }
            public int Total { get { lock (_itemsGate) { return _total + _items.Count; } } }
        }
        """);

    [Test]
    public Task Does_not_report_a_concurrent_collection_and_a_counter_that_share_no_value_and_no_reader() => VerifyAsync("""
        using System.Collections.Concurrent;
        public sealed class Pass
        {
            private readonly ConcurrentQueue<string> _plates = new();
            private readonly object _gate = new();
            private int _calls;
            private int _served;
            public void Serve(string plate)
            {
                Interlocked.Increment(ref _calls);
                _plates.Enqueue(plate);
                lock (_gate) { _served++; }
            }
            public int Calls => Volatile.Read(ref _calls);
            public int Waiting => _plates.Count;
            public int Served { get { lock (_gate) { return _served; } } }
        }
        """);
}
