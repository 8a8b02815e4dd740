using KitchenKatas.Grader.Isolation;

namespace KitchenKatas.Isolation.Tests;

[TestFixture]
public sealed class ScratchFolderTests
{
    [Test]
    public void A_child_given_the_scratch_folder_writes_its_temporary_files_there_and_they_go_with_it()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "the child is a shell script");
        string path;
        using (var scratch = new ScratchFolder("kitchen-test-"))
        {
            path = scratch.Path;
            var result = ChildProcessRunner.RunAsync(new ChildProcessRequest("sh", ["-c", "mkdir \"$TMPDIR/left-by-the-child\" && echo \"$TMPDIR\""])
            {
                Environment = scratch.Into([]),
                Timeout = TimeSpan.FromSeconds(30),
            }).GetAwaiter().GetResult();

            Assert.Multiple(() =>
            {
                Assert.That(result.StandardOutput.Trim(), Is.EqualTo(path));
                Assert.That(Directory.Exists(Path.Combine(path, "left-by-the-child")), Is.True);
            });
        }

        Assert.That(Directory.Exists(path), Is.False, "the scratch folder outlived its run");
    }
}
