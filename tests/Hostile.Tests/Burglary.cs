using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using KitchenKatas.Grader.Cli;
using KitchenKatas.Grader.Isolation;
using KitchenKatas.Grader.Platforms;

namespace KitchenKatas.Hostile.Tests;

/// <summary>
/// A teacher's machine with things worth taking, and a class whose one student is the burglar
/// (<c>SandboxCorpus/burglar</c>): a private key in the home folder, another class's student folder, a listener on
/// loopback, a process of the teacher's (the sentinel), and the grader itself. The class is graded by
/// <c>kitchen grade --submissions</c> in a process of its own, whose home folder is the bait home, with the sandbox on
/// or off; afterwards each piece of bait says whether it was touched.
/// </summary>
public sealed class Burglary : IDisposable
{
    /// <summary>The one student of the class.</summary>
    public const string Student = "burglar";

    /// <summary>The port of the teacher's service on loopback, where the burglar calls.</summary>
    public const int ServicePort = 47474;

    private readonly TcpListener _listener = new(IPAddress.Loopback, ServicePort);
    private readonly Process _sentinel;
    private int _calls;

    private Burglary()
    {
        // Not under /tmp, which the sandbox replaces with its own: a teacher's folders are somewhere the run could reach.
        Work = Directory.CreateDirectory(Path.Combine("/var/tmp", "kitchen-burglary-" + Guid.NewGuid().ToString("N"))).FullName;
        Secret = "secret-" + Guid.NewGuid().ToString("N");
        Directory.CreateDirectory(Path.Combine(Home, ".ssh"));
        File.WriteAllText(Path.Combine(Home, ".ssh", "id_ed25519"), $"-----BEGIN OPENSSH PRIVATE KEY-----\n{Secret}\n-----END OPENSSH PRIVATE KEY-----\n");
        Directory.CreateDirectory(Neighbour);
        File.WriteAllText(Path.Combine(Neighbour, "Cart.cs"), $"// {Secret}\nnamespace Kitchen.RacyCart;\n");
        var submission = Directory.CreateDirectory(Path.Combine(Work, "class", Student)).FullName;
        File.Copy(Path.Combine(CorpusCase.Repo, "tests", "Hostile.Tests", "SandboxCorpus", Student, "Cart.cs"), Path.Combine(submission, "Cart.cs"));
        _listener.Start();
        _ = CountCallsAsync();
        // "kitchen-sentinel" in its command line is how the burglar finds it: a sleep of 10 minutes under that name.
        _sentinel = Process.Start(new ProcessStartInfo("bash", ["-c", "exec -a kitchen-sentinel sleep 600"]) { UseShellExecute = false })!;
    }

    /// <summary>The teacher's folder: bait, the class and its roster.</summary>
    public string Work { get; }

    /// <summary>The words in every piece of bait that can be read; they must never reach a report.</summary>
    public string Secret { get; }

    /// <summary>The home folder the grader runs with, holding a private key.</summary>
    public string Home => Path.Combine(Work, "home");

    /// <summary>A student folder of another class the teacher keeps on the same machine.</summary>
    public string Neighbour => Path.Combine(Work, "other-class", "student-7");

    /// <summary>Where the grader writes its reports.</summary>
    public string Roster => Path.Combine(Work, "roster");

    /// <summary>Files the burglar leaves where it got in.</summary>
    public IEnumerable<string> Graffiti => new[] { Home, Neighbour }.Select(f => Path.Combine(f, "kitchen-was-here.txt")).Where(File.Exists);

    /// <summary>True while the teacher's sentinel process lives.</summary>
    public bool SentinelLives => !_sentinel.HasExited;

    /// <summary>How many times the burglar reached the teacher's service on loopback.</summary>
    public int Calls => Volatile.Read(ref _calls);

    /// <summary>Everything the grader printed.</summary>
    public string Output { get; private set; } = "";

    /// <summary>The text of every report the grader wrote.</summary>
    public string Reports => string.Join("\n", Directory.EnumerateFiles(Roster, "*", SearchOption.AllDirectories).Select(File.ReadAllText));

    /// <summary>The grade of the burglar.</summary>
    public GradeReport Report => JsonSerializer.Deserialize<GradeReport>(
        File.ReadAllText(Path.Combine(Roster, Student + ".json")), new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase })!;

    /// <summary>Sets the machine up and grades the class, with the sandbox or with <c>KITCHEN_SANDBOX=off</c>.</summary>
    public static async Task<Burglary> GradeAsync(bool sandbox)
    {
        var burglary = new Burglary();
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var environment = new Dictionary<string, string?>
        {
            ["HOME"] = burglary.Home,
            // The packages stay where they are: the bait home has none.
            ["NUGET_PACKAGES"] = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } packages ? packages : Path.Combine(home, ".nuget", "packages"),
            ["KITCHEN_SANDBOX"] = sandbox ? null : "off",
        };
        var result = await ChildProcessRunner.RunAsync(new ChildProcessRequest(DotnetHost.Path,
        [
            typeof(KitchenApp).Assembly.Location, "grade", "--repo", CorpusCase.Repo, "--kata", "racy-cart",
            "--submissions", Path.Combine(burglary.Work, "class"), "--roster", burglary.Roster, "--budget", "0.1",
            "--allow-unsandboxed", "--timeout", CorpusBatch.TimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ])
        {
            Environment = environment,
            Timeout = TimeSpan.FromSeconds(CorpusBatch.TimeoutSeconds) + CorpusBatch.Slack,
        });
        burglary.Output = result.StandardOutput + result.StandardError;
        return burglary;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _listener.Stop();
        if (!_sentinel.HasExited)
        {
            _sentinel.Kill(entireProcessTree: true);
        }

        _sentinel.Dispose();
        try
        {
            Directory.Delete(Work, recursive: true);
        }
        catch (IOException)
        {
            // A leftover folder in /var/tmp fails no test.
        }
    }

    // Counts connections that say the burglar's word, so another program knocking on the port is not taken for it.
    private async Task CountCallsAsync()
    {
        while (true)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is ObjectDisposedException or SocketException or InvalidOperationException)
            {
                return; // the listener stopped
            }

            using (client)
            {
                try
                {
                    using var reader = new StreamReader(client.GetStream());
                    var line = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
                    if (line?.Contains("kitchen-burglar", StringComparison.Ordinal) == true)
                    {
                        Interlocked.Increment(ref _calls);
                    }
                }
                catch (Exception e) when (e is TimeoutException or IOException)
                {
                    // A caller that said nothing.
                }
            }
        }
    }
}
