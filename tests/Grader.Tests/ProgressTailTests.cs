using System.Text;
using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Grader.Tests;

/// <summary>
/// The progress file between the checks and the grader: what the checks write, the grader reads while they run, and
/// what the learner's code could write there too is skipped or capped (it is for the eye only, never a result).
/// </summary>
[TestFixture]
public sealed class ProgressTailTests
{
    private const string Check = "Kitchen.RacyCart.Checks.CartRaceChecks.Two_chefs_adding_the_same_item_lose_none";

    private string _file = "";

    [SetUp]
    public void A_progress_file_in_a_folder_of_its_own() =>
        _file = Path.Combine(Directory.CreateTempSubdirectory("progress-").FullName, CheckProgress.FileName);

    [TearDown]
    public void Remove_the_folder() => Directory.Delete(Path.GetDirectoryName(_file)!, recursive: true);

    [Test]
    public void What_a_check_writes_reads_back_as_the_same_progress_in_the_same_order()
    {
        var written = new[]
        {
            new CheckProgress(Check, CheckStep.Started),
            new CheckProgress(Check, CheckStep.Exploring),
            new CheckProgress(Check, CheckStep.Measuring, 2, 3),
            new CheckProgress(Check, CheckStep.Finished),
        };
        Append(string.Concat(written.Select(p => CheckProgress.ToLine(p) + "\n")));

        Assert.That(new ProgressTail(_file).ReadNew(), Is.EqualTo(written));
    }

    [Test]
    public void A_line_still_being_written_is_read_once_it_ends_and_never_twice()
    {
        var tail = new ProgressTail(_file);
        var line = CheckProgress.ToLine(new CheckProgress(Check, CheckStep.OnRealCores));
        Append(line[..10]);
        var halfWritten = tail.ReadNew();
        Append(line[10..] + "\n");
        var whole = tail.ReadNew();
        var again = tail.ReadNew();

        Assert.Multiple(() =>
        {
            Assert.That(halfWritten, Is.Empty);
            Assert.That(whole, Is.EqualTo(new[] { new CheckProgress(Check, CheckStep.OnRealCores) }));
            Assert.That(again, Is.Empty);
        });
    }

    [Test]
    public void A_file_that_does_not_exist_yet_reads_as_nothing_so_far() =>
        Assert.That(new ProgressTail(_file).ReadNew(), Is.Empty);

    [TestCase("All checks passed!", TestName = "Free text is skipped")]
    [TestCase("""{"test":"X","step":"passed"}""", TestName = "A step outside the grader's list (a verdict, say) is skipped")]
    [TestCase("""{"test":"X","step":3}""", TestName = "A step given as a number is skipped")]
    [TestCase("""{"test":"","step":"started"}""", TestName = "A line naming no check is skipped")]
    [TestCase("""{"test":"X","step":"measuring","round":0,"of":3}""", TestName = "A round below 1 is skipped")]
    [TestCase("""{"test":"X","step":"measuring","round":1,"of":-3}""", TestName = "A negative count of rounds is skipped")]
    public void Lines_that_are_not_progress_are_skipped_and_the_next_line_still_reads(string line)
    {
        Append(line + "\n" + CheckProgress.ToLine(new CheckProgress(Check, CheckStep.Finished)) + "\n");

        Assert.That(new ProgressTail(_file).ReadNew(), Is.EqualTo(new[] { new CheckProgress(Check, CheckStep.Finished) }));
    }

    [Test]
    public void An_overlong_line_is_skipped_and_the_line_after_it_still_reads()
    {
        var tail = new ProgressTail(_file);
        var padded = CheckProgress.ToLine(new CheckProgress(new string('x', ProgressTail.LongestLine), CheckStep.Started));
        Append(padded[..(padded.Length / 2)]);
        tail.ReadNew();
        Append(padded[(padded.Length / 2)..] + "\n" + CheckProgress.ToLine(new CheckProgress(Check, CheckStep.Started)) + "\n");

        Assert.That(tail.ReadNew(), Is.EqualTo(new[] { new CheckProgress(Check, CheckStep.Started) }));
    }

    [Test]
    public void A_flooded_file_is_read_no_further_than_the_cap()
    {
        var line = CheckProgress.ToLine(new CheckProgress(Check, CheckStep.OnRealCores)) + "\n";
        var lines = (ProgressTail.MostRead / line.Length) + 100;
        Append(string.Concat(Enumerable.Repeat(line, lines)));
        var tail = new ProgressTail(_file);
        var read = tail.ReadNew();
        Append(CheckProgress.ToLine(new CheckProgress(Check, CheckStep.Finished)) + "\n");

        Assert.Multiple(() =>
        {
            Assert.That(read, Has.Count.EqualTo(ProgressTail.MostRead / line.Length), "Every whole line within the cap, none past it.");
            Assert.That(tail.ReadNew(), Is.Empty, "Past the cap the file is not read again.");
        });
    }

    private void Append(string text) => File.AppendAllText(_file, text, new UTF8Encoding(false));
}
