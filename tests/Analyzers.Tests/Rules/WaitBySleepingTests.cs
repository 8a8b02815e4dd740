using KitchenKatas.Analyzers.Tests.Support;
using KitchenKatas.Grader.Analyzers;
using NUnit.Framework;

namespace KitchenKatas.Analyzers.Tests.Rules;

/// <summary>KATA008: waiting for another thread by sleeping or spinning.</summary>
[TestFixture]
public sealed class WaitBySleepingTests
{
    private static Task VerifyAsync(string source) => Verify<WaitBySleepingAnalyzer>.DiagnosticsAsync(source);

    [Test]
    public Task Reports_a_sleep_in_a_loop_that_polls_a_field() => VerifyAsync("""
        public sealed class Pass
        {
            private bool _ready;
            public void Ready() => _ready = true;
            public void WaitForDish()
            {
                while (!_ready)
                {
                    {|KATA008:Thread.Sleep(10)|};
                }
            }
        }
        """);

    [Test]
    public Task Reports_a_sleep_right_after_starting_other_work() => VerifyAsync("""
        public static class Pass
        {
            public static int Cook()
            {
                var result = 0;
                var chef = new Thread(() => result = 42);
                chef.Start();
                {|KATA008:Thread.Sleep(100)|};
                return result;
            }
        }
        """);

    [Test]
    public Task Reports_an_empty_loop_that_spins_on_shared_state() => VerifyAsync("""
        public sealed class Pass
        {
            private bool _ready;
            private volatile bool _served;
            private int _left;
            public void Ready() { _ready = true; _served = true; Volatile.Write(ref _left, 0); }
            public void WaitForDish()
            {
                while (!{|KATA008:_ready|}) { }
                while (!{|KATA008:_served|}) ;
                do { } while (Volatile.Read(ref {|KATA008:_left|}) > 0);
            }
        }
        """);

    [Test]
    public Task Reports_a_chef_pacing_in_a_loop_with_SpinWait_Yield_or_SpinOnce() => VerifyAsync("""
        using System.Collections.Concurrent;
        public sealed class Pass
        {
            private readonly ConcurrentQueue<Action> _orders = new();
            public void Cook()
            {
                var spinner = new SpinWait();
                while (true)
                {
                    if (_orders.TryDequeue(out var order)) { order(); }
                    else { {|KATA008:Thread.SpinWait(64)|}; }
                    if (_orders.IsEmpty) { {|KATA008:spinner.SpinOnce()|}; }
                    {|KATA008:Thread.Yield()|};
                }
            }
        }
        """);

    [Test]
    public Task Does_not_report_a_real_wait_a_single_yield_or_a_paced_loop() => VerifyAsync("""
        public sealed class Pass
        {
            private readonly object _gate = new();
            private bool _ready;
            public void Ready() { lock (_gate) { _ready = true; Monitor.PulseAll(_gate); } }
            public void WaitForDish()
            {
                lock (_gate)
                {
                    while (!_ready) { Monitor.Wait(_gate); }
                }

                Thread.Yield();
                for (var i = 0; i < 3; i++) { Thread.Sleep(5); }
            }
        }
        """);
}
