using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Cli.Tests;

[TestFixture]
[NonParallelizable] // sets the process's environment
public sealed class CheckDataTests
{
    [Test]
    public void Data_is_handed_to_the_folder_the_grader_names_and_read_back_per_check()
    {
        var folder = Directory.CreateTempSubdirectory("handed-").FullName;
        var before = Environment.GetEnvironmentVariable(CheckData.FolderVariable);
        try
        {
            Environment.SetEnvironmentVariable(CheckData.FolderVariable, folder);
            CheckData.Hand("Kitchen.A.Checks.One(\"x\")", "evidence", new { Text = "no race seen" });
            CheckData.Hand("Kitchen.A.Checks.One(\"x\")", "stress-histogram", new { Trials = 3 });
            var one = CheckData.Parse(CheckData.HandedIn(folder, "Kitchen.A.Checks.One(\"x\")"));
            Assert.Multiple(() =>
            {
                Assert.That(one.Select(d => d.Kind), Is.EqualTo(new[] { "evidence", "stress-histogram" }));
                Assert.That(CheckData.HandedIn(folder, "Kitchen.A.Checks.Two"), Is.Null, "Each check has its own data.");
            });
        }
        finally
        {
            Environment.SetEnvironmentVariable(CheckData.FolderVariable, before);
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void A_learners_own_run_hands_nothing_over_and_writes_nothing()
    {
        var before = Environment.GetEnvironmentVariable(CheckData.FolderVariable);
        try
        {
            Environment.SetEnvironmentVariable(CheckData.FolderVariable, null);
            Assert.DoesNotThrow(() => CheckData.Hand("Kitchen.A.Checks.One", "evidence", new { Text = "x" }));
        }
        finally
        {
            Environment.SetEnvironmentVariable(CheckData.FolderVariable, before);
        }
    }

    [Test]
    public void A_data_line_written_by_a_check_is_read_back_with_its_kind_and_payload()
    {
        var output = "No race seen in 10 trials\n" + CheckData.ToLine("stress-histogram", new { Trials = 10, Rows = new[] { "7 tomatoes" } }) + "\nmore output";
        var data = CheckData.Parse(output);
        Assert.Multiple(() =>
        {
            Assert.That(data, Has.Count.EqualTo(1));
            Assert.That(data[0].Kind, Is.EqualTo("stress-histogram"));
            Assert.That(data[0].Payload.GetProperty("trials").GetInt32(), Is.EqualTo(10));
            Assert.That(data[0].Payload.GetProperty("rows")[0].GetString(), Is.EqualTo("7 tomatoes"));
        });
    }

    [Test]
    public void Malformed_data_lines_from_learner_output_are_ignored() =>
        Assert.That(CheckData.Parse("kitchen-data: {not json\nkitchen-data: {\"nokind\":1}\n"), Is.Empty);
}
