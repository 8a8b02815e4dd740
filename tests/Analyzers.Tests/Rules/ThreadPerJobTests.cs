using KitchenKatas.Analyzers.Tests.Support;
using KitchenKatas.Grader.Analyzers;
using NUnit.Framework;

namespace KitchenKatas.Analyzers.Tests.Rules;

/// <summary>KATA007: a new thread (or long-running task) for every job: the million chefs problem.</summary>
[TestFixture]
public sealed class ThreadPerJobTests
{
    private static Task VerifyAsync(string source) => Verify<ThreadPerJobAnalyzer>.DiagnosticsAsync(source);

    [Test]
    public Task Reports_a_thread_started_for_the_job_handed_in() => VerifyAsync("""
        public sealed class Kitchen
        {
            public void Submit(Action job)
            {
                var chef = {|KATA007:new Thread(() => job())|};
                chef.Start();
            }
            public Task SubmitTask(Action job) => {|KATA007:Task.Run(job)|};
        }
        """);

    [Test]
    public Task Reports_a_thread_started_on_every_submission() => VerifyAsync("""
        public sealed class Kitchen
        {
            private readonly Queue<Action> _rail = new();
            public void Submit(Action job)
            {
                _rail.Enqueue(job);
                {|KATA007:new Thread(CookNext)|}.Start();
            }
            private void CookNext() => _rail.Dequeue()();
        }
        """);

    [Test]
    public Task Reports_threads_and_long_running_tasks_started_inside_a_job_loop() => VerifyAsync("""
        public static class Kitchen
        {
            public static void CookAll(IEnumerable<Action> orders, Queue<Action> queue)
            {
                foreach (var order in orders)
                {
                    {|KATA007:new Thread(() => order())|}.Start();
                }

                while (queue.Count > 0)
                {
                    var next = queue.Dequeue();
                    {|KATA007:Task.Factory.StartNew(next, TaskCreationOptions.LongRunning)|};
                }
            }
        }
        """);

    [Test]
    public Task Does_not_report_a_fixed_crew_a_crew_that_grows_to_its_size_or_a_short_task() => VerifyAsync("""
        public sealed class Kitchen
        {
            private readonly List<Thread> _hired = new();
            private readonly Thread[] _chefs;
            public Kitchen(int workers, Action work)
            {
                while (_hired.Count < workers) { _hired.Add(new Thread(() => work())); }
                _chefs = new Thread[workers];
                for (var i = 0; i < workers; i++)
                {
                    _chefs[i] = new Thread(() => work());
                    _chefs[i].Start();
                }
            }
            public void Submit(Action job)
            {
                if (_hired.Count < _chefs.Length)
                {
                    _hired.Add(new Thread(() => { }));
                }
            }
            public void Cook(IEnumerable<Action> orders)
            {
                foreach (var order in orders)
                {
                    Task.Factory.StartNew(order);
                }
            }
        }
        """);
}
