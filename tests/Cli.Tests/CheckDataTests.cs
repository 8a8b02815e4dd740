using KitchenKatas.Grader.Reporting;

namespace KitchenKatas.Cli.Tests;

[TestFixture]
public sealed class CheckDataTests
{
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
