using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;

namespace KitchenKatas.Isolation.Tests;

/// <summary>
/// The children the tests run: this test assembly started as a program, <c>dotnet KitchenKatas.Isolation.Tests.dll
/// --child MODE</c>, misbehaving in one chosen way.
/// </summary>
public static class ChildPrograms
{
    /// <summary>The first argument that makes this assembly a child.</summary>
    public const string Switch = "--child";

    /// <summary>The line a child prints when its grandchild has started, followed by the grandchild's id.</summary>
    public const string GrandchildLine = "grandchild ";

    /// <summary>Misbehaves as <c>args[1]</c> says.</summary>
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args is not [Switch, var mode])
        {
            Console.Error.WriteLine("Run the tests with dotnet test.");
            return 2;
        }

        switch (mode)
        {
            case "hang":
                HangForever();
                break;
            case "flood":
                Flood();
                break;
            case "grandchild-then-hang":
                StartGrandchild();
                HangForever();
                break;
            case "grandchild-then-exit":
                StartGrandchild();
                Thread.Sleep(1500); // long enough for the runner's tree watch to see the grandchild
                return 0;
            case "fail-fast":
                Environment.FailFast("The pastry chef walked out.");
                break;
            case "stack-overflow":
                return Dive(0);
            case "exit-3":
                return 3;
            case "deadlock":
                Deadlock();
                break;
        }

        return 0;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void HangForever() => Thread.Sleep(Timeout.Infinite);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Dive(int depth) => Dive(depth + 1) + 1;

    // 20 MB of numbered lines, the first and last of which the tests look for.
    private static void Flood()
    {
        using var output = new StreamWriter(Console.OpenStandardOutput(), Encoding.UTF8, 1 << 16);
        output.WriteLine("first line of the flood");
        var line = new string('x', 1000);
        for (var i = 0; i < 20_000; i++)
        {
            output.WriteLine(line);
        }

        output.WriteLine("last line of the flood");
    }

    private static void StartGrandchild()
    {
        var info = new ProcessStartInfo("sleep", ["120"]) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        using var grandchild = Process.Start(info)!;
        Console.WriteLine(GrandchildLine + grandchild.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Console.Out.Flush();
    }

    // Two chefs, two pans, each holding one and waiting for the other's.
    private static void Deadlock()
    {
        var pan = new object();
        var pot = new object();
        using var bothHoldOne = new Barrier(2);
        var first = new Thread(() => HoldThenWait(pan, pot, bothHoldOne)) { Name = "chef with the pan" };
        var second = new Thread(() => HoldThenWait(pot, pan, bothHoldOne)) { Name = "chef with the pot" };
        first.Start();
        second.Start();
        first.Join();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void HoldThenWait(object mine, object theirs, Barrier bothHoldOne)
    {
        lock (mine)
        {
            bothHoldOne.SignalAndWait();
            lock (theirs)
            {
                Console.WriteLine("unreachable");
            }
        }
    }
}
