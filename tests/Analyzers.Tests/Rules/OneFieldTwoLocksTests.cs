using KitchenKatas.Analyzers.Tests.Support;
using KitchenKatas.Grader.Analyzers;
using NUnit.Framework;

namespace KitchenKatas.Analyzers.Tests.Rules;

/// <summary>KATA004: two members guard the same field with different lock objects.</summary>
[TestFixture]
public sealed class OneFieldTwoLocksTests
{
    private static Task VerifyAsync(string source) => Verify<OneFieldTwoLocksAnalyzer>.DiagnosticsAsync(source);

    [Test]
    public Task Reports_two_members_guarding_one_field_with_different_locks() => VerifyAsync("""
        public sealed class Cart
        {
            private readonly object _addGate = new();
            private readonly object _removeGate = new();
            private int _total;
            public void Add() { lock (_addGate) { _total++; } }
            public void Remove() { lock ({|KATA004:_removeGate|}) { _total--; } }
            public int Total { get { lock ({|KATA004:_removeGate|}) { return _total; } } }
        }
        """);

    [Test]
    public Task Does_not_report_one_lock_per_field() => VerifyAsync("""
        public sealed class Cart
        {
            private readonly object _itemsGate = new();
            private readonly object _logGate = new();
            private int _total;
            private readonly List<string> _log = new();
            public void Add() { lock (_itemsGate) { _total++; } }
            public int Total { get { lock (_itemsGate) { return _total; } } }
            public void Note(string line) { lock (_logGate) { _log.Add(line); } }
            public void AddAndNote() { lock (_logGate) { lock (_itemsGate) { _total++; _log.Add("added"); } } }
        }
        """);

    [Test]
    public Task Does_not_report_a_counter_used_through_Interlocked_and_Volatile_inside_unrelated_locks() => VerifyAsync("""
        public sealed class Pool
        {
            private readonly object _door = new();
            private readonly object _drained = new();
            private int _unfinished;
            public void Submit() { lock (_door) { Interlocked.Increment(ref _unfinished); } }
            public void Drain()
            {
                lock (_drained)
                {
                    while (Volatile.Read(ref _unfinished) > 0) { Monitor.Wait(_drained); }
                }
            }
        }
        """);
}
