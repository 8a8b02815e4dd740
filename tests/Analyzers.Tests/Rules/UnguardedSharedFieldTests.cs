using KitchenKatas.Analyzers.Tests.Support;
using KitchenKatas.Grader.Analyzers;
using NUnit.Framework;

namespace KitchenKatas.Analyzers.Tests.Rules;

/// <summary>KATA002: a shared field used without the lock (inconsistent locking), or read while another member changes it.</summary>
[TestFixture]
public sealed class UnguardedSharedFieldTests
{
    private static Task VerifyAsync(string source) => Verify<UnguardedSharedFieldAnalyzer>.DiagnosticsAsync(source);

    [Test]
    public Task Reports_a_field_written_under_a_lock_and_used_outside_it_in_another_member() => VerifyAsync("""
        public sealed class Cart
        {
            private readonly object _gate = new();
            private readonly List<string> _items = new();
            private int _total;
            public void Add(string item) { lock (_gate) { _items.Add(item); _total = _items.Count; } }
            public int Total => {|KATA002:_total|};
            public void Clear() => {|KATA002:_items|}.Clear();
        }
        """);

    [Test]
    public Task Reports_a_read_while_another_member_changes_the_field_and_nobody_locks() => VerifyAsync("""
        public sealed class Cart
        {
            private readonly Dictionary<string, int> _items = new();
            public void Put(string item, int n) => _items[item] = n;
            public int Kinds => {|KATA002:_items|}.Count;
            public bool Has(string item) => {|KATA002:_items|}.ContainsKey(item);
        }
        """);

    [Test]
    public Task Does_not_report_reads_under_the_same_lock() => VerifyAsync("""
        public sealed class Cart
        {
            private readonly Lock _gate = new();
            private int _total;
            public void Add(int n) { lock (_gate) { _total += n; } }
            public int Total { get { lock (_gate) { return _total; } } }
        }
        """);

    [Test]
    public Task Does_not_report_volatile_flags_concurrent_collections_or_the_writer_itself() => VerifyAsync("""
        using System.Collections.Concurrent;
        public sealed class Kitchen
        {
            private readonly ConcurrentDictionary<string, int> _orders = new();
            private volatile bool _closed;
            private int _served;
            public void Close() => _closed = true;
            public bool IsClosed => _closed;
            public void Order(string dish) => _orders[dish] = 1;
            public int Orders => _orders.Count;
            public int Serve() { _served = _served > 9 ? 0 : 1; return _served; }
        }
        """);

    [Test]
    public Task Does_not_report_a_read_in_an_accessor_marked_MethodImpl_Synchronized() => VerifyAsync("""
        using System.Runtime.CompilerServices;
        public sealed class Cart
        {
            private int _total;
            [MethodImpl(MethodImplOptions.Synchronized)]
            public void Add(int n) => _total += n;
            public int Total
            {
                [MethodImpl(MethodImplOptions.Synchronized)]
                get => _total;
            }
        }
        """);
}
