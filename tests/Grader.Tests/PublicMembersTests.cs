using KitchenKatas.Grader.Testing;

namespace KitchenKatas.Grader.Tests;

/// <summary>The public members a kata's "keep the public members" check compares, written as C# a learner recognises.</summary>
[TestFixture]
public sealed class PublicMembersTests
{
    [Test]
    public void Lists_constructors_methods_properties_events_and_interfaces_as_csharp() =>
        Assert.That(PublicMembers.Of(typeof(Till)), Is.EqualTo(new[]
        {
            "implements IDisposable",
            "public Till(int start = 0)",
            "public event Action<Exception> Burnt",
            "public int Count { get; }",
            "public static int Twice(int value)",
            "public void Dispose()",
            "public void Push(string name, long step = 1)",
        }));

    [Test]
    public void Does_not_report_a_type_that_keeps_its_members() =>
        Assert.That(() => PublicMembers.AreExactly(typeof(Till), PublicMembers.Of(typeof(Till)), "Till.cs"), Throws.Nothing);

    [Test]
    public void Reports_a_member_that_was_added_and_one_that_changed()
    {
        var given = PublicMembers.Of(typeof(Till)).Where(m => !m.Contains("Twice", StringComparison.Ordinal))
            .Select(m => m.Replace("long step", "int step", StringComparison.Ordinal));
        Assert.That(() => PublicMembers.AreExactly(typeof(Till), given, "Till.cs"), Throws.InstanceOf<AssertionException>()
            .With.Message.Contains("Till.cs changed the public members of Till")
            .And.Message.Contains("new or changed: public static int Twice(int value)")
            .And.Message.Contains("new or changed: public void Push(string name, long step = 1)")
            .And.Message.Contains("missing:        public void Push(string name, int step = 1)"));
    }

    // Private members and what object declares are not part of the surface.
    private sealed class Till(int start = 0) : IDisposable
    {
        private int _count = start;

        public event Action<Exception>? Burnt;

        public int Count => _count;

        public static int Twice(int value) => 2 * value;

        public void Push(string name, long step = 1)
        {
            _count += (int)step;
            Burnt?.Invoke(new InvalidOperationException(name));
        }

        public void Dispose() => Hidden();

        private void Hidden() => _count = 0;
    }
}
