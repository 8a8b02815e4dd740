using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.SelfCheck;

namespace KitchenKatas.Grader.Tests;

[TestFixture]
public sealed class SoakRecordTests
{
    private static CheckRun Pass(double seconds) => new(true, TimeSpan.FromSeconds(seconds), null);

    private static SoakRecord Shard(int cores, string variant, params CheckRun[] runsOfCheckTwo) =>
        new([cores], [new SoakedVariant("01-racy-cart", variant, [new SoakedCheck("Checks.One", [Pass(1)]), new SoakedCheck("Checks.Two", runsOfCheckTwo)])]);

    [Test]
    public void Shards_of_one_variant_add_up_check_by_check_in_shard_order()
    {
        var failure = new CheckRun(false, TimeSpan.FromSeconds(3), "lost an item");
        var sum = SoakRecord.Combine([Shard(2, "solution", Pass(2)), Shard(4, "solution", failure, Pass(4))]);

        var variant = sum.Variants.Single();
        Assert.Multiple(() =>
        {
            Assert.That(sum.Cores, Is.EqualTo(new[] { 2, 4 }));
            Assert.That(variant.Checks.Select(c => c.Test), Is.EqualTo(new[] { "Checks.One", "Checks.Two" }));
            Assert.That(variant.Checks[0].Runs, Has.Count.EqualTo(2));
            Assert.That(variant.Checks[1].Runs, Is.EqualTo(new[] { Pass(2), failure, Pass(4) }));
            Assert.That(variant.Tallies()[1].Failed, Is.EqualTo(1));
        });
    }

    [Test]
    public void Different_variants_and_katas_stay_apart()
    {
        var other = new SoakRecord([2], [new SoakedVariant("02-thread-pool", "solution", [new SoakedCheck("Checks.One", [Pass(5)])])]);
        var sum = SoakRecord.Combine([Shard(2, "solution", Pass(1)), Shard(2, "spin-lock", Pass(1)), other, Shard(2, "solution", Pass(1))]);

        Assert.That(sum.Variants.Select(v => $"{v.Kata}/{v.Variant}:{v.Checks.Sum(c => c.Runs.Count)}"),
            Is.EqualTo(new[] { "01-racy-cart/solution:4", "01-racy-cart/spin-lock:2", "02-thread-pool/solution:1" }));
    }

    [Test]
    public void A_record_comes_back_whole_from_its_file_failure_messages_included()
    {
        var path = Path.Combine(Path.GetTempPath(), $"soak-{Guid.NewGuid():N}", "shard.json");
        try
        {
            var record = Shard(2, "solution", new CheckRun(false, TimeSpan.FromMilliseconds(1234.5), "Thread 1 read 5, Thread 2 read 5"));
            record.Save(path);
            var back = SoakRecord.Load(path);

            Assert.That(back.Variants.Single().Checks[1].Runs.Single(), Is.EqualTo(record.Variants.Single().Checks[1].Runs.Single()));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [TestCase("{ not json")]
    [TestCase("null")]
    [TestCase("{}")]
    public void A_file_that_is_not_a_soak_record_is_refused_by_name(string text)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, text);
            Assert.That(() => SoakRecord.Load(path), Throws.InstanceOf<InvalidDataException>().With.Message.Contains(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
