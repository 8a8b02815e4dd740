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
    public Task Reports_a_busy_wait_on_a_field_that_is_not_volatile() => VerifyAsync("""
        public sealed class Pass
        {
            private bool _ready;
            public void Ready() => _ready = true;
            public void WaitForDish()
            {
                while (!{|KATA008:_ready|}) { }
                do { Thread.Yield(); } while (!{|KATA008:_ready|});
            }
        }
        """);

    [Test]
    public Task Does_not_report_a_volatile_flag_a_Volatile_read_or_a_paced_loop() => VerifyAsync("""
        public sealed class Pass
        {
            private volatile bool _ready;
            private bool _done;
            public void Ready() { _ready = true; Volatile.Write(ref _done, true); }
            public void WaitForDish()
            {
                while (!_ready) { Thread.SpinWait(20); }
                while (!Volatile.Read(ref _done)) { }
                for (var i = 0; i < 3; i++) { Thread.Sleep(5); }
            }
        }
        """);
}
