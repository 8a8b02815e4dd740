using System.Globalization;
using System.Text.Json;
using KitchenKatas.Grader.Isolation;
using KitchenKatas.Grader.Platforms;

namespace Kitchen.CrashIsolation.Checks.Harness;

/// <summary>Reads the tabs' logbook: which processes there were, which still live, how many rendered at once.</summary>
public sealed class TabCensus(string logbook)
{
    /// <summary>Every process written in the logbook, except the harness itself (a page run on a thread of the harness writes nothing).</summary>
    public IReadOnlyList<TabLogEntry> Processes()
    {
        var entries = new List<TabLogEntry>();
        foreach (var file in Directory.EnumerateFiles(logbook, "*.json"))
        {
            try
            {
                if (JsonSerializer.Deserialize<TabLogEntry>(File.ReadAllText(file)) is { } entry && entry.Pid != Environment.ProcessId)
                {
                    entries.Add(entry);
                }
            }
            catch (Exception e) when (e is IOException or JsonException)
            {
                // A tab killed while it wrote its line: its process is in the tree watch below anyway.
            }
        }

        return entries;
    }

    /// <summary>How many pages were shown inside a process that is not a tab (a thread of the supervisor's own process).</summary>
    public int PagesInsideKitchen() => Directory.EnumerateFiles(logbook, "inside-*.txt").Count();

    /// <summary>
    /// The processes of the logbook, and the harness's own children when <paramref name="withChildren"/> (only in the
    /// harness: elsewhere this process's children are none of the tabs' business), still alive after giving them
    /// <paramref name="grace"/> to disappear; they are killed once counted, so one check's leak does not spill into the next.
    /// </summary>
    public IReadOnlyList<TabLogEntry> SurvivorsAfter(TimeSpan grace, bool withChildren = true)
    {
        var deadline = DateTime.UtcNow + grace;
        while (true)
        {
            var alive = Alive(withChildren);
            if (alive.Count == 0 || DateTime.UtcNow >= deadline)
            {
                ProcessTree.KillSurvivors(alive.Select(Stamp));
                return alive;
            }

            Thread.Sleep(100);
        }
    }

    /// <summary>The tabs of the logbook (not their helpers) that are among <paramref name="stamps"/>.</summary>
    public IReadOnlyList<TabLogEntry> TabsAmong(IReadOnlyCollection<ProcessStamp> stamps) =>
        stamps.Count == 0 ? [] : [.. Processes().Where(p => p.Role == "tab" && stamps.Contains(Stamp(p)))];

    /// <summary>
    /// Most tabs that were rendering at one moment, from the times they wrote in the logbook; only tabs showing one of
    /// <paramref name="pages"/> when given.
    /// </summary>
    public int MostAtOnce(IReadOnlySet<string>? pages = null)
    {
        var moments = new List<(long Ticks, int Change)>();
        foreach (var tab in Processes().Where(p => p.Role == "tab" && (pages is null || pages.Contains(p.Page))))
        {
            var rendered = Path.Combine(logbook, $"rendered-{tab.Pid}.txt");
            if (File.Exists(rendered) && long.TryParse(File.ReadAllText(rendered), NumberStyles.Integer, CultureInfo.InvariantCulture, out var end))
            {
                moments.Add((tab.StartedUtcTicks, +1));
                moments.Add((end, -1));
            }
        }

        var now = 0;
        var most = 0;
        foreach (var (_, change) in moments.OrderBy(m => m.Ticks).ThenBy(m => m.Change))
        {
            now += change;
            most = Math.Max(most, now);
        }

        return most;
    }

    private List<TabLogEntry> Alive(bool withChildren)
    {
        var logged = Processes().Where(p => ProcessTree.IsAlive(Stamp(p))).ToList();
        if (!withChildren)
        {
            return logged;
        }

        var children = ProcessTree.Descendants(Environment.ProcessId)
            .Where(ProcessTree.IsAlive)
            .Where(c => logged.All(l => l.Pid != c.Pid))
            .Select(c => new TabLogEntry(c.Pid, "child", "(a process the supervisor started that wrote nothing in the logbook yet)", c.StartStamp.ToString(CultureInfo.InvariantCulture), 0));
        return [.. logged, .. children];
    }

    private static ProcessStamp Stamp(TabLogEntry entry) =>
        new(entry.Pid, long.TryParse(entry.StartStamp, NumberStyles.Integer, CultureInfo.InvariantCulture, out var stamp) ? stamp : -1);
}
