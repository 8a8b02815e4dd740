namespace KitchenKatas.Grader.Exploration;

/// <summary>
/// Every site the instrumenter has numbered in this process. Numbers are never reused, so several instrumented
/// builds can live side by side; the rewritten code carries only the number.
/// </summary>
public static class ExplorationSites
{
    private static readonly Lock Gate = new();
    private static ExplorationSite[] _sites = new ExplorationSite[256];
    private static int _count;

    /// <summary>Numbers a new site.</summary>
    public static ExplorationSite Register(SiteKind kind, string file, int line, string member, string target, string operation = "", bool writes = false, IReadOnlyList<string>? arguments = null, bool guarded = false)
    {
        lock (Gate)
        {
            if (_count == _sites.Length)
            {
                var bigger = new ExplorationSite[_sites.Length * 2];
                Array.Copy(_sites, bigger, _count);
                _sites = bigger; // readers holding the old array still see every site they were compiled with
            }

            var site = new ExplorationSite(_count, kind, file, line, member, target, operation, writes, arguments ?? []) { Guarded = guarded };
            _sites[_count] = site;
            _count++;
            return site;
        }
    }

    /// <summary>The site numbered <paramref name="id"/>.</summary>
    public static ExplorationSite Get(int id) => Volatile.Read(ref _sites)[id];
}
