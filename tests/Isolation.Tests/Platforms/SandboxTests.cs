using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using KitchenKatas.Grader.Isolation;
using KitchenKatas.Grader.Platforms;

namespace KitchenKatas.Isolation.Tests.Platforms;

/// <summary>
/// A sandboxed run of hostile code does no harm: it cannot read the teacher's files, write outside its room, reach a
/// listener on the machine's loopback, or see and kill the teacher's processes; and what its room allows still works.
/// Each hostile act is a shell line, so the proof takes seconds; the katas' own runs go through the same door
/// (<c>KataTestRunner</c> asks every test run for the sandbox).
/// </summary>
[TestFixture]
[NonParallelizable] // a listener and a sentinel process of the test's own
public sealed class SandboxTests
{
    private string _room = "";
    private string _outside = "";

    [SetUp]
    public void RequireTheSandbox()
    {
        Assume.That(OperatingSystem.IsLinux(), Is.True, "bubblewrap is the Linux sandbox");
        if (Environment.GetEnvironmentVariable("KITCHEN_REQUIRE_SANDBOX") == "1")
        {
            // .ci/run sets it once bubblewrap is installed and works: then a sandbox the grader cannot use is a failure.
            Assert.That(Platform.Current.Sandbox.Isolates, Is.True, Platform.Current.Sandbox.Protection);
        }

        Assume.That(Platform.Current.Sandbox.Isolates, Is.True, Platform.Current.Sandbox.Protection);
        _room = Directory.CreateTempSubdirectory("sandbox-room-").FullName;
        _outside = Directory.CreateTempSubdirectory("sandbox-teacher-").FullName;
    }

    [TearDown]
    public void Clean()
    {
        foreach (var folder in new[] { _room, _outside }.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task The_run_writes_its_own_room_and_the_grader_reads_what_it_wrote()
    {
        var result = await Sandboxed($"echo plated > '{_room}/dish.txt'");

        Assert.That(result.ExitCode, Is.Zero, result.StandardError);
        Assert.That(File.ReadAllText(Path.Combine(_room, "dish.txt")).Trim(), Is.EqualTo("plated"));
    }

    [Test]
    public async Task A_teachers_file_outside_the_room_is_not_there()
    {
        var secret = Path.Combine(_outside, "id_ed25519");
        File.WriteAllText(secret, "the teacher's key");

        var result = await Sandboxed($"cat '{secret}'");

        Assert.That(result.ExitCode, Is.Not.Zero);
        Assert.That(result.StandardOutput, Does.Not.Contain("the teacher's key"));
    }

    [Test]
    public async Task The_home_folder_is_empty()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var planted = Path.Combine(home, $".kitchen-sandbox-test-{Guid.NewGuid():N}");
        File.WriteAllText(planted, "notes from the teacher's home");
        try
        {
            var result = await Sandboxed($"cat '{planted}'; ls -A '{home}'");

            Assert.That(result.StandardOutput, Does.Not.Contain("notes from the teacher's home").And.Not.Contain(".kitchen-sandbox-test-"));
        }
        finally
        {
            File.Delete(planted);
        }
    }

    [Test]
    public async Task A_readable_folder_cannot_be_written()
    {
        var checks = Directory.CreateDirectory(Path.Combine(_outside, "checks")).FullName;

        var result = await Sandboxed($"echo pwned > '{checks}/Checks.cs'", readable: [checks]);

        Assert.That(result.ExitCode, Is.Not.Zero);
        Assert.That(File.Exists(Path.Combine(checks, "Checks.cs")), Is.False);
    }

    [Test]
    public async Task A_listener_on_the_machines_loopback_gets_no_connection()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;

            var result = await Sandboxed($"exec 3<>/dev/tcp/127.0.0.1/{port} && echo connected", shell: "/bin/bash");

            Assert.That(result.StandardOutput, Does.Not.Contain("connected"));
            Assert.That(listener.Pending(), Is.False, "the sandboxed run reached the listener");
        }
        finally
        {
            listener.Stop();
        }
    }

    [Test]
    public async Task The_teachers_processes_cannot_be_seen_or_killed()
    {
        using var sentinel = Process.Start(new ProcessStartInfo("sleep", "60") { UseShellExecute = false })!;
        try
        {
            var result = await Sandboxed($"kill -9 {sentinel.Id}; cat /proc/{Environment.ProcessId}/cmdline && echo saw-the-grader");

            Assert.That(sentinel.HasExited, Is.False, "the sandboxed run killed a process of the teacher's");
            Assert.That(result.StandardOutput, Does.Not.Contain("saw-the-grader"));
        }
        finally
        {
            sentinel.Kill();
        }
    }

    [Test]
    public void Reports_and_doctor_name_the_sandbox()
    {
        Assert.That(Platform.Current.Sandbox.Protection, Does.StartWith("sandboxed (bubblewrap)"));
    }

    private Task<ChildProcessResult> Sandboxed(string line, string shell = "/bin/sh", IReadOnlyList<string>? readable = null) =>
        ChildProcessRunner.RunAsync(new ChildProcessRequest(shell, ["-c", line])
        {
            WorkingDirectory = _room,
            Timeout = TimeSpan.FromSeconds(30),
            CaptureStacksOnTimeout = false,
            Sandbox = new SandboxRoom(readable ?? [], [_room]),
        });
}
