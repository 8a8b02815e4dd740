using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Kitchen.CrashIsolation;

/// <summary>
/// Provided: what a page does when a tab shows it. The tab program (Tab/) calls <see cref="Render"/> in a
/// process of its own; the starter calls it on a thread of your own process, which is the whole problem.
/// </summary>
/// <remarks>
/// A page is a kind, a space, and an argument:
/// <list type="bullet">
/// <item><c>render TEXT</c>: returns <c>&lt;h1&gt;TEXT&lt;/h1&gt;</c>.</item>
/// <item><c>slow MS TEXT</c>: waits MS milliseconds, then renders TEXT.</item>
/// <item><c>feast KB TEXT</c>: renders TEXT, then KB kilobytes of courses: more than a pipe holds (see <see cref="Feast"/>).</item>
/// <item><c>throw-on-thread</c>: a background thread throws and nobody catches it.</item>
/// <item><c>stack-overflow</c>: recurses until the stack runs out.</item>
/// <item><c>fail-fast</c>: calls <see cref="Environment.FailFast(string)"/>.</item>
/// <item><c>exit CODE</c>: exits at once with that code.</item>
/// <item><c>hang</c>: never finishes.</item>
/// <item><c>hang-with-child</c>: starts a process of its own, then never finishes.</item>
/// <item><c>hang-holding MB</c>: fills MB megabytes of memory, then never finishes.</item>
/// <item><c>allocate-without-end</c>: keeps allocating memory until there is none left.</item>
/// <item><c>crash-once TEXT</c>: crashes the first time it is shown, renders TEXT the next time.</item>
/// </list>
/// </remarks>
public static class TabPage
{
    /// <summary>True in the tab program: the page has a process to itself.</summary>
    internal static bool InOwnProcess { get; set; }

    /// <summary>Shows <paramref name="page"/> and returns the rendered HTML, unless the page crashes or hangs first.</summary>
    public static string Render(string page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (!InOwnProcess)
        {
            // The checks read this line to tell which tab took a shared kitchen down with it.
            Console.Error.WriteLine($"[kitchen] page \"{page}\" is running inside process {Environment.ProcessId}, not in a tab of its own");
            TabLogbook.RecordInsideKitchen(Environment.ProcessId, page);
        }

        var (kind, argument) = Split(page);
        switch (kind)
        {
            case "render":
                return Html(argument);
            case "slow":
                var (milliseconds, text) = Split(argument);
                Thread.Sleep(int.Parse(milliseconds, CultureInfo.InvariantCulture));
                return Html(text);
            case "feast":
                var (kilobytes, title) = Split(argument);
                return Feast(int.Parse(kilobytes, CultureInfo.InvariantCulture), title);
            case "throw-on-thread":
                var chef = new Thread(() => throw new InvalidOperationException("A chef on a background thread dropped a pan of hot oil."));
                chef.Start();
                chef.Join();
                return Html("unreachable");
            case "stack-overflow":
                return Html(Dive(0).ToString(CultureInfo.InvariantCulture));
            case "fail-fast":
                Environment.FailFast("The tab gave up: its oven is on fire.");
                return Html("unreachable");
            case "exit":
                Environment.Exit(int.Parse(argument, CultureInfo.InvariantCulture));
                return Html("unreachable");
            case "hang":
                Thread.Sleep(Timeout.Infinite);
                return Html("unreachable");
            case "hang-with-child":
                StartHelper();
                Thread.Sleep(Timeout.Infinite);
                return Html("unreachable");
            case "hang-holding":
                Hold(int.Parse(argument, CultureInfo.InvariantCulture));
                Thread.Sleep(Timeout.Infinite);
                return Html("unreachable");
            case "allocate-without-end":
                return Html(Hoard().ToString(CultureInfo.InvariantCulture));
            case "crash-once":
                if (TabLogbook.FirstTime("crash-once " + argument))
                {
                    throw new InvalidOperationException("The tab tripped over a crate on its first try.");
                }

                return Html(argument);
            default:
                throw new ArgumentException($"Unknown page kind \"{kind}\" in page \"{page}\".", nameof(page));
        }
    }

    private static string Html(string text) => $"<h1>{text}</h1>";

    /// <summary>
    /// What a <c>feast KB TEXT</c> page renders: TEXT as a heading, then numbered courses until the page is KB
    /// kilobytes long. A pipe holds 64 KB on Linux and macOS (less on Windows): a tab writing more waits until somebody reads.
    /// </summary>
    public static string Feast(int kilobytes, string text)
    {
        var page = new System.Text.StringBuilder(Html(text));
        for (var course = 1; page.Length < kilobytes * 1024; course++)
        {
            page.Append(CultureInfo.InvariantCulture, $"\n<p>Course {course} of the feast: soup, bread and a slow stew</p>");
        }

        return page.ToString();
    }

    private static (string Kind, string Argument) Split(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? (text, "") : (text[..space], text[(space + 1)..]);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Dive(int depth) => Dive(depth + 1) + 1;

    // A safety net below the heap limit the checks set: even without it a page stops at 2 GB.
    private static long Hoard()
    {
        var budget = Math.Min(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes, 2L << 30);
        var hoard = new List<byte[]>();
        long total = 0;
        while (true)
        {
            var block = new byte[1 << 20];
            hoard.Add(block);
            total += block.Length;
            if (total > budget)
            {
                throw new OutOfMemoryException($"The tab hoarded {total >> 20} MB and the pantry is empty.");
            }
        }
    }

    // Memory outside the GC heap (its limit stays for allocate-without-end), every page written so it is really there. A
    // killed process gives such memory back before it is gone for good, which takes the system some milliseconds.
    private static void Hold(int megabytes)
    {
        var size = (long)megabytes << 20;
        var memory = System.Runtime.InteropServices.Marshal.AllocHGlobal((nint)size);
        for (long offset = 0; offset < size; offset += 4096)
        {
            System.Runtime.InteropServices.Marshal.WriteByte(memory + (nint)offset, 1);
        }
    }

    // A helper process of the tab's own: the tab's child, the supervisor's grandchild. It gives up by itself after two
    // minutes, long after any check has looked for it, so a helper nobody could kill does not linger for ever.
    private static void StartHelper()
    {
        var info = OperatingSystem.IsWindows()
            ? new ProcessStartInfo("cmd.exe", ["/c", "ping -n 120 127.0.0.1 >nul"])
            : new ProcessStartInfo("sleep", ["120"]);
        info.UseShellExecute = false;
        info.RedirectStandardInput = true;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        var helper = Process.Start(info) ?? throw new InvalidOperationException("The tab could not start its helper.");
        TabLogbook.RecordProcess(helper.Id, "grandchild", "helper of hang-with-child");
    }
}
