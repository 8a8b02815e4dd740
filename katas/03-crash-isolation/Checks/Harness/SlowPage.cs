using System.Globalization;

namespace Kitchen.CrashIsolation.Checks.Harness;

/// <summary>The <c>slow MS TEXT</c> page (see TabPage): read in one place, for the harness and the checks alike.</summary>
public static class SlowPage
{
    /// <summary>How long <paramref name="page"/> waits before it renders, in milliseconds; null when it is no slow page.</summary>
    public static int? Milliseconds(string page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Split(' ', 3) is ["slow", var ms, _] && int.TryParse(ms, CultureInfo.InvariantCulture, out var wait) ? wait : null;
    }

    /// <summary><paramref name="page"/> waiting <paramref name="longer"/> more when it is a slow page; any other page as it is.</summary>
    public static string Lengthened(string page, TimeSpan longer) =>
        Milliseconds(page) is { } wait ? $"slow {wait + (int)longer.TotalMilliseconds} {page.Split(' ', 3)[2]}" : page;
}
