using KitchenKatas.Analyzers.Tests.Support;
using NUnit.Framework;

namespace KitchenKatas.Analyzers.Tests;

/// <summary>
/// A field that one task fills (a tab's standard error read line by line) and that is read only after waiting for
/// that task is never touched by two chefs at once: no race rule may report it. A read that does not wait still is.
/// </summary>
[TestFixture]
public sealed class TaskOwnedFieldTests
{
    private static Task VerifyAsync(string source) => VerifyAll.DiagnosticsAsync(source);

    [Test]
    public Task Does_not_report_fields_filled_by_a_local_async_function_and_read_after_await() => VerifyAsync("""
        using System.Diagnostics;
        public sealed class TabWatch
        {
            private readonly Queue<string> _lastLines = new();
            private int _errorLines;
            public async Task<string> WatchAsync(Process tab)
            {
                var reading = ReadErrorsAsync();
                await tab.WaitForExitAsync();
                await reading;
                return $"{_errorLines} lines: " + string.Join(" | ", _lastLines);

                async Task ReadErrorsAsync()
                {
                    while (await tab.StandardError.ReadLineAsync() is { } line)
                    {
                        _errorLines++;
                        _lastLines.Enqueue(line);
                        if (_lastLines.Count > 3)
                        {
                            _lastLines.Dequeue();
                        }
                    }
                }
            }
        }
        """);

    [Test]
    public Task Does_not_report_fields_filled_by_a_lambda_given_to_Task_Run_and_read_after_Wait() => VerifyAsync("""
        using System.Diagnostics;
        public sealed class TabWatch
        {
            private string? _lastLine;
            private int _errorLines;
            public string Watch(Process tab)
            {
                var reading = Task.Run(async () =>
                {
                    string? line;
                    while ((line = await tab.StandardError.ReadLineAsync()) != null)
                    {
                        _lastLine = line;
                        _errorLines += 1;
                    }
                });
                tab.WaitForExit();
                reading.Wait();
                if (_errorLines > 0)
                {
                    return _lastLine ?? "";
                }

                return "quiet";
            }
        }
        """);

    [Test]
    public Task Does_not_report_a_field_read_after_the_tasks_Result_or_WaitAsync_or_WhenAll() => VerifyAsync("""
        using System.Diagnostics;
        public sealed class TabWatch
        {
            private int _errorLines;
            private int _outputLines;
            private int _lastCode;
            public int Count(Process tab)
            {
                var reading = Task.Run(() => { while (tab.StandardError.ReadLine() != null) { _errorLines++; } return 0; });
                var ignored = reading.Result;
                return _errorLines + ignored;
            }
            public async Task<int> CountOutputAsync(Process tab)
            {
                var reading = Task.Run(async () => { while (await tab.StandardOutput.ReadLineAsync() != null) { _outputLines++; } });
                await reading.WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
                return _outputLines;
            }
            public async Task<int> CodeAsync(Process tab)
            {
                var exit = tab.WaitForExitAsync();
                var reading = Task.Run(() => { _lastCode = tab.StandardError.Peek(); });
                await Task.WhenAll(exit, reading);
                return _lastCode;
            }
        }
        """);

    [Test]
    public Task Does_not_report_a_field_read_in_another_member_after_awaiting_the_task_kept_in_a_field() => VerifyAsync("""
        using System.Diagnostics;
        public sealed class ErrorTail
        {
            private readonly List<string> _lines = new();
            private Task _reading = Task.CompletedTask;
            public void Start(Process tab) => _reading = Task.Run(async () =>
            {
                while (await tab.StandardError.ReadLineAsync() is { } line)
                {
                    _lines.Add(line);
                }
            });
            public async Task<string> LastWordsAsync()
            {
                await _reading;
                return string.Join(" | ", _lines.TakeLast(3));
            }
        }
        """);

    [Test]
    public Task Reports_a_field_read_before_the_task_is_awaited() => VerifyAsync("""
        using System.Diagnostics;
        public sealed class TabWatch
        {
            private int _errorLines;
            public async Task<int> WatchAsync(Process tab)
            {
                var reading = ReadErrorsAsync();
                var early = _errorLines;
                await reading;
                return early;

                async Task ReadErrorsAsync()
                {
                    while (await tab.StandardError.ReadLineAsync() is not null)
                    {
                        {|KATA001:_errorLines++|};
                    }
                }
            }
        }
        """);

    [Test]
    public Task Reports_a_read_in_another_member_that_does_not_wait_but_not_the_field_read_after_waiting() => VerifyAsync("""
        using System.Diagnostics;
        public sealed class ErrorTail
        {
            private string _lastLine = "";
            private int _count;
            private Task _reading = Task.CompletedTask;
            public void Start(Process tab) => _reading = Task.Run(async () =>
            {
                while (await tab.StandardError.ReadLineAsync() is { } line)
                {
                    _lastLine = line;
                    _count++;
                }
            });
            public string LastLine => {|KATA002:_lastLine|};
            public async Task<int> CountAsync()
            {
                await _reading;
                return _count;
            }
        }
        """);

    [Test]
    public Task Reports_a_task_waited_with_a_time_limit_or_a_body_started_twice() => VerifyAsync("""
        using System.Diagnostics;
        public sealed class TabWatch
        {
            private int _errorLines;
            private int _outputLines;
            public int Watch(Process tab)
            {
                var reading = Task.Run(() => { while (tab.StandardError.ReadLine() != null) { {|KATA001:_errorLines++|}; } });
                reading.Wait(1000);
                return _errorLines;
            }
            public async Task<int> CountTwiceAsync(Process tab)
            {
                var first = ReadAsync();
                var second = ReadAsync();
                await Task.WhenAll(first, second);
                return _outputLines;

                async Task ReadAsync()
                {
                    while (await tab.StandardOutput.ReadLineAsync() is not null)
                    {
                        {|KATA001:_outputLines++|};
                    }
                }
            }
        }
        """);

    [Test]
    public Task Reports_a_field_filled_by_a_reader_task_of_a_member_the_class_runs_for_many_tabs_at_once() => VerifyAsync("""
        using System.Diagnostics;
        public sealed class Supervisor
        {
            private readonly List<string> _lastLines = new();
            public async Task<string> RunAsync(Process tab)
            {
                var reading = Task.Run(async () =>
                {
                    while (await tab.StandardError.ReadLineAsync() is { } line)
                    {
                        {|KATA001:_lastLines.Add(line)|};
                    }
                });
                await reading;
                return string.Join(" | ", _lastLines);
            }
            public Task<string[]> RunAllAsync(IEnumerable<Process> tabs) => Task.WhenAll(tabs.Select(tab => RunAsync(tab)));
        }
        """);
}
